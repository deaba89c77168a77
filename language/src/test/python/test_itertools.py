# Exercises itertools; prints results (compared against CPython's).
from _stdlib_select import load
itertools = load("itertools")
it = itertools
import sys


def attempt(f):
    try:
        print('  ->', repr(f()))
    except Exception as e:
        print('  !!', type(e).__name__, e)


def noisy(items, name='src'):
    for x in items:
        print('    %s yields %r' % (name, x))
        yield x

print('--- count cycle repeat')
c = it.count()
print([next(c) for _ in range(5)], c)
c = it.count(10, 3); print([next(c) for _ in range(4)], c)
c = it.count(2.5, 0.5); print([next(c) for _ in range(4)], c)
c = it.count(1, -1); print([next(c) for _ in range(4)])
print(it.count(5), it.count(1, 2), it.count(1.5), it.count(0, 1.0), it.count(3, 1))
print(list(zip(it.count(1), 'abc')))
attempt(lambda: it.count('a'))
cy = it.cycle('abc'); print([next(cy) for _ in range(8)])
print(list(it.cycle([])))
cy = it.cycle(noisy([1, 2])); print([next(cy) for _ in range(5)])
print(list(it.repeat('x', 3)), list(it.repeat(1, 0)), list(it.repeat(1, -4)))
r = it.repeat('a'); print([next(r) for _ in range(3)], r, it.repeat('a', 3))
r = it.repeat(7, 3); next(r); print(r)
print(list(map(pow, range(5), it.repeat(2))))

print('--- accumulate')
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([])))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate([], initial=0)))
print(list(it.accumulate('abc')), list(it.accumulate([[1], [2]])))
attempt(lambda: it.accumulate(5))

print('--- chain')
print(list(it.chain('ab', [1, 2], (), range(2))), list(it.chain()))
print(list(it.chain.from_iterable(['abc', 'de', []])))
print(list(it.chain.from_iterable([[i] * i for i in range(4)])))
ch = it.chain(5)
attempt(lambda: next(ch))
ch = it.chain(noisy('ab', 'A'), noisy('c', 'B'))
print('created'); print(next(ch)); print(list(ch))

print('--- islice')
print(list(it.islice('ABCDEFG', 2)), list(it.islice('ABCDEFG', 2, 4)),
      list(it.islice('ABCDEFG', 2, None)), list(it.islice('ABCDEFG', 0, None, 2)))
print(list(it.islice(range(10), 1, 9, 3)), list(it.islice(range(10), 5, 2)),
      list(it.islice(range(3), 10)), list(it.islice(it.count(), 3, 20, 5)))
print(list(it.islice(range(10), None)), list(it.islice(range(10), None, None, None)),
      list(it.islice(range(10), 0)), list(it.islice(range(10), True, 5)))
src = iter(range(20))
print(list(it.islice(src, 0, 5, 3)), next(src))
src = iter(range(20))
print(list(it.islice(src, 8, 2)), next(src))
src = iter(range(20))
print(list(it.islice(src, 2, 8, 4)), next(src))
src = iter(range(4))
print(list(it.islice(src, 6, 9)), next(src, 'done'))
sl = it.islice(noisy(range(10)), 1, 6, 2)
print('created'); print(list(sl))
for args in [(-1,), (1, -1), ('a',), (0, 5, 0), (None, None, -1), (1.5,), (-1, 5),
             ('a', 5), (0, 5, 'x'), (0, 5, 1.0), (sys.maxsize + 1,), (), (1, 2, 3, 4)]:
    attempt(lambda: list(it.islice(range(10), *args)))
attempt(lambda: it.islice())
attempt(lambda: it.islice(5, 2))

print('--- product permutations combinations')
print(list(it.product('ab', range(2))), list(it.product()), list(it.product('ab', [])))
print(list(it.product([0, 1], repeat=3)))
print(list(it.product('ab', 'xy', repeat=2))[:6], len(list(it.product('ab', 'xy', repeat=2))))
print(list(it.product('ab', repeat=0)))
attempt(lambda: it.product('a', repeat=-1))
attempt(lambda: it.product(5))
print(list(it.permutations('ABC')), list(it.permutations(range(4), 2)))
print(list(it.permutations('AB', 3)), list(it.permutations('AB', 0)), list(it.permutations([])))
print(len(list(it.permutations(range(6)))), list(it.permutations(range(5), 5))[50:55])
print(list(it.permutations([1, 1, 2])))
attempt(lambda: it.permutations('a', -1))
attempt(lambda: it.permutations('a', 'x'))
print(list(it.combinations('ABCD', 2)), list(it.combinations(range(4), 3)),
      list(it.combinations('AB', 3)), list(it.combinations('AB', 0)), list(it.combinations('', 0)))
print(len(list(it.combinations(range(10), 4))), list(it.combinations(range(6), 4))[7:10])
print(list(it.combinations_with_replacement('ABC', 2)), list(it.combinations_with_replacement('', 2)),
      list(it.combinations_with_replacement('', 0)), list(it.combinations_with_replacement('AB', 3)))
attempt(lambda: it.combinations('a', -1))
attempt(lambda: it.combinations_with_replacement('a', -2))

print('--- groupby')
print([(k, list(g)) for k, g in it.groupby('AAAABBBCCDAABBB')])
print([k for k, g in it.groupby('AAAABBBCCD')], list(it.groupby([])))
print([(k, list(g)) for k, g in it.groupby(range(10), key=lambda x: x // 3)])
print([(k, len(list(g))) for k, g in it.groupby(sorted('mississippi'))])
g = it.groupby('aabbbc')
k1, g1 = next(g); k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
g = it.groupby('aabbbc')
k1, g1 = next(g)
print(next(g1)); k2, g2 = next(g); print(list(g1), k2, next(g2)); k3, g3 = next(g); print(list(g2), k3, list(g3))
attempt(lambda: next(g))
g = it.groupby(noisy('aab'))
print('created')
for k, grp in g:
    print('key', k)
    print('group', list(grp))
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
for key, grp in it.groupby(words, key=lambda w: w[0]):
    print(key, list(grp))
groups = list(it.groupby('xxyyy'))
print([(k, list(gr)) for k, gr in groups])

print('--- zip_longest takewhile dropwhile starmap compress filterfalse pairwise')
print(list(it.zip_longest('ABCD', 'xy', fillvalue='-')), list(it.zip_longest()), list(it.zip_longest('ab')))
print(list(it.zip_longest([1, 2], [3], [4, 5, 6])))
attempt(lambda: it.zip_longest([1], 5))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.takewhile(bool, [])))
tw = it.takewhile(lambda x: x < 3, noisy([1, 2, 3, 4]))
print(list(tw), list(tw))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.dropwhile(lambda x: True, [1, 2])))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(it.starmap(lambda *a: sum(a), [(), (1,), (1, 2)])))
print(list(it.compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(it.compress('ABC', [1, 1])),
      list(it.compress('AB', [0, 1, 1, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, '', 'a', None, [], [0]])))
print(list(it.pairwise('ABCDE')), list(it.pairwise('A')), list(it.pairwise([])))
for name, f in [('repeat', lambda: it.repeat()), ('cycle', lambda: it.cycle(5)),
                ('starmap', lambda: it.starmap(len, 5)), ('takewhile', lambda: it.takewhile(len, 5)),
                ('dropwhile', lambda: it.dropwhile(len, 5)),
                ('compress', lambda: it.compress(5, [1])), ('compress2', lambda: it.compress([1], 5)),
                ('pairwise', lambda: it.pairwise(5)),
                ('tee', lambda: it.tee(5)), ('groupby', lambda: it.groupby(5)),
                ('filterfalse', lambda: it.filterfalse(None, 5)), ('count', lambda: it.count(1, 'a'))]:
    try:
        f()
        print(name, 'ok')
    except TypeError as e:
        print(name, 'TypeError', e if name != 'repeat' else '')

print('--- tee')
a, b = it.tee([1, 2, 3, 4])
print(next(a), next(a), list(b), list(a))
a, b, c = it.tee(noisy('xyz'), 3)
print(next(a), next(b), next(c), list(c), list(a), list(b))
print(it.tee('ab', 0), len(it.tee('ab', 5)), [list(t) for t in it.tee('ab', 3)])
a, b = it.tee(iter(range(5)))
a2, a3 = it.tee(a)
next(a)
print(list(a2), list(a), list(a3), list(b))
attempt(lambda: it.tee([1], -1))
t1, t2 = it.tee(it.count())
print(list(it.islice(t1, 5)), list(it.islice(t2, 2)), list(it.islice(t1, 2)))

print('--- recipes')
def flatten(list_of_lists):
    return it.chain.from_iterable(list_of_lists)
def take(n, iterable):
    return list(it.islice(iterable, n))
def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))
def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = it.cycle(it.islice(nexts, num_active))
def unique_justseen(iterable, key=None):
    return map(next, map(lambda kg: kg[1], it.groupby(iterable, key)))
print(list(flatten([[1, 2], [3]])), take(3, it.count(7)), list(powerset('abc')))
print(list(roundrobin('ABC', 'D', 'EF')), list(unique_justseen('AAAABBBCCDAABBB')))
print(sum(1 for _ in it.product(range(5), repeat=4)), sum(x * y for x, y in it.combinations(range(30), 2)))
