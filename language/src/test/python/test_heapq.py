# Exercises heapq; prints results (compared against CPython's heapq).
from _stdlib_select import load
heapq = load("heapq")

import random
rng = random.Random(1234)

data = [rng.randrange(100) for _ in range(40)]
h = []
for x in data:
    heapq.heappush(h, x)
    print(h[:8])
print('heap', h)
out = []
while h:
    out.append(heapq.heappop(h))
print('popped', out, out == sorted(data))

d2 = list(data)
heapq.heapify(d2)
print('heapify', d2)
print('replace', heapq.heapreplace(d2, 50), d2)
print('pushpop', heapq.heappushpop(d2, -1), heapq.heappushpop(d2, 99), d2)
print(heapq.heappushpop([], 5))

for n in (-1, 0, 1, 2, 5, 40, 100):
    print(n, heapq.nlargest(n, data), heapq.nsmallest(n, data))
    print(n, heapq.nlargest(n, iter(data)), heapq.nsmallest(n, iter(data)))
    print(n, heapq.nlargest(n, iter(data), key=lambda v: v % 7),
          heapq.nsmallest(n, iter(data), key=lambda v: v % 7))
words = 'the quick brown fox jumps over the lazy dog again and again'.split()
print(heapq.nlargest(4, words, key=len), heapq.nsmallest(4, words, key=len))
print(heapq.nlargest(3, iter(words), key=len), heapq.nsmallest(3, iter(words), key=len))
print(heapq.nlargest(3, []), heapq.nsmallest(3, iter([])), heapq.nsmallest(1, []))

a = sorted(rng.randrange(50) for _ in range(10))
b = sorted(rng.randrange(50) for _ in range(7))
c = sorted(rng.randrange(50) for _ in range(12))
print(list(heapq.merge(a, b, c)))
print(list(heapq.merge(a, [], b)), list(heapq.merge()), list(heapq.merge([1, 2])))
print(list(heapq.merge(sorted(a, reverse=True), sorted(b, reverse=True), reverse=True)))
pairs1 = [(1, 'a'), (2, 'b'), (2, 'c'), (5, 'd')]
pairs2 = [(0, 'x'), (2, 'y'), (5, 'z')]
print(list(heapq.merge(pairs1, pairs2, key=lambda p: p[0])))
print(list(heapq.merge(pairs1[::-1], pairs2[::-1], key=lambda p: p[0], reverse=True)))

# stability and laziness
def gen(name, items):
    for x in items:
        print('  gen', name, 'yields', x)
        yield x
m = heapq.merge(gen('A', [1, 3]), gen('B', [2, 3]))
print('created')
for x in m:
    print('got', x)

class Item:
    def __init__(self, p, name):
        self.p = p
        self.name = name
    def __lt__(self, other):
        return self.p < other.p
    def __repr__(self):
        return 'Item(%d, %s)' % (self.p, self.name)

h = []
for i, p in enumerate([5, 3, 5, 1, 3, 1, 9, 0]):
    heapq.heappush(h, Item(p, 'n%d' % i))
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
print(heapq.nsmallest(3, [Item(2, 'a'), Item(1, 'b'), Item(2, 'c'), Item(1, 'd')]))
print(heapq.nlargest(3, [Item(2, 'a'), Item(1, 'b'), Item(2, 'c'), Item(1, 'd')]))

for bad in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1),
            lambda: heapq.heappush((), 1), lambda: heapq.heapify(None)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

# heap sort of tuples
tasks = [(rng.randrange(5), 'task%d' % i) for i in range(15)]
heapq.heapify(tasks)
print(tasks)
print([heapq.heappop(tasks) for _ in range(15)])
