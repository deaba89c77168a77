# Exercises collections; prints results (compared against CPython's).
from _stdlib_select import load
collections = load("collections")
namedtuple = collections.namedtuple
deque = collections.deque
Counter = collections.Counter
defaultdict = collections.defaultdict
OrderedDict = collections.OrderedDict
ChainMap = collections.ChainMap


def attempt(f):
    try:
        r = f()
        print('  ->', repr(r))
    except Exception as e:
        print('  !!', type(e).__name__, e)

print('--- namedtuple')
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, repr(p), p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
print(p == (1, 2), p == Point(1, 2), hash(p) == hash((1, 2)), isinstance(p, tuple))
print(Point._fields, Point._field_defaults, Point.__name__, Point.__doc__, Point.x.__doc__)
print(p._asdict(), type(p._asdict()).__name__, p._replace(x=10), Point._make([3, 4]))
x, y = p
print(x, y, p + (3,), p * 2, p[::-1], 2 in p, p.count(2), p.index(2))
P3 = namedtuple('P3', 'a, b c', defaults=[20, 30])
print(P3(1), P3(1, 2), P3(1, c=5), P3(a=0), P3._field_defaults)
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields, len(Empty()))
attempt(lambda: Empty(1))
for args, kwargs in [((), {}), ((1,), {}), ((1, 2, 3), {}), ((1, 2), {'z': 1}),
                     ((1, 2), {'x': 1}), ((), {'y': 1})]:
    attempt(lambda: Point(*args, **kwargs))
Three = namedtuple('Three', 'a b c')
attempt(lambda: Three())
attempt(lambda: Three(1, 2, 3, 4))
attempt(lambda: Point._make([1]))
attempt(lambda: p._replace(z=3))
attempt(lambda: namedtuple('1x', 'a'))
attempt(lambda: namedtuple('A', 'a class'))
attempt(lambda: namedtuple('A', 'a _b'))
attempt(lambda: namedtuple('A', 'a b a'))
attempt(lambda: namedtuple('A', 'a', defaults=(1, 2)))
attempt(lambda: p.__setattr__('x', 5))
attempt(lambda: p.__delattr__('y'))
print(namedtuple('R', 'a def 1 a _x', rename=True)._fields)

class Vec(namedtuple('Vec', 'x y')):
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
v = Vec(3, 4)
print(v, abs(v), v + Vec(1, 1), v._replace(y=0), Vec._make((5, 6)))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print({Point(1, 2): 'a'}[(1, 2)])
print(getattr(p, '_fields'), p.__getnewargs__(), Point.__match_args__)

print('--- deque')
d = deque()
print(d, len(d), bool(d))
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, d[0], d[-1], d[2], len(d), 3 in d, 9 in d)
d.extend([5, 6]); d.extendleft([-1, -2])
print(d, d.pop(), d.popleft(), d)
d.rotate(2); print('rot2', d)
d.rotate(-3); print('rot-3', d)
d.rotate(0); d.rotate(17); print('rot17', d)
d.reverse(); print('rev', d, list(reversed(d)))
d[1] = 'x'; print(d, d.count('x'), d.index('x'), d.index(0))
del d[1]; print(d)
d.insert(2, 'ins'); print(d)
d.remove('ins'); print(d)
attempt(lambda: d.remove('nope'))
attempt(lambda: d.index('nope'))
attempt(lambda: d[100])
attempt(lambda: d['a'])
attempt(lambda: deque().pop())
attempt(lambda: deque().popleft())
attempt(lambda: deque(maxlen=-1))
attempt(lambda: deque([1], maxlen=1).insert(0, 2))
m = deque(maxlen=3)
for i in range(6):
    m.append(i)
    print(m, m.maxlen)
m.appendleft('L'); print(m)
m.extendleft('ab'); print(m)
m.extend('xyzw'); print(m)
print(deque('abc', 0), deque('abcdef', 2), deque(range(5), maxlen=None))
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1]) < deque([2]),
      deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque([7]))
q = deque(range(3)); q += [9]; q *= 2; print(q)
q.clear(); print(q, len(q))
c = deque([1, [2]], maxlen=5); c2 = c.copy(); c2.append(3); print(c, c2)
big = deque()
for i in range(1000):
    big.append(i)
    if i % 3 == 0:
        big.popleft()
print(len(big), big[0], big[-1], sum(big), list(big)[:5])
for i in range(400):
    big.appendleft(-i)
    big.pop()
print(len(big), big[0], big[-1], sum(big))
try:
    dd = deque([1, 2, 3])
    for item in dd:
        dd.append(item)
except RuntimeError as e:
    print('RuntimeError', e)
print(d.index(0, 0, 10) if 0 in d else None)
dq = deque([1, 2, 3, 2, 1])
print(dq.index(2, 2), dq.index(1, -2))
attempt(lambda: dq.index(3, 0, 2))

print('--- Counter')
c = Counter('abracadabra')
print(c, c['a'], c['z'], len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0))
print(sorted(c.elements()), list(c.elements()))
c.update('aaz'); print(c)
c.update({'b': 5, 'q': -1}); print(c)
c.subtract('aaaa'); print(c)
c.subtract({'z': 3}); print(c)
del c['nothere']; del c['q']; print(c)
d = Counter(a=3, b=1, c=-2)
e = Counter(a=1, b=2, d=4)
print(d + e, d - e, d | e, d & e, +d, -d)
print(Counter(), Counter({'x': 1}), Counter(['a', 'b', 'a'], c=5))
f = Counter(a=1, b=2); f += Counter(b=-5, c=3); print(f)
f -= Counter(a=1); print(f)
f |= Counter(c=10, d=1); print(f)
f &= Counter(c=4, d=7); print(f)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=2) < Counter(a=2),
      Counter(a=1) == {'a': 1})
words = 'the cat and the hat and the bat sat on the mat'.split()
wc = Counter(words)
print(wc.most_common(3), wc['the'], isinstance(wc, dict), dict(wc))
print(sorted(wc.items()), list(wc.keys()), list(wc.values()))
attempt(lambda: Counter.fromkeys('abc'))
cc = wc.copy(); cc['zzz'] += 1; print(cc.most_common(1), 'zzz' in wc, type(cc).__name__)
print(Counter('aabbbc') - Counter('abc'), Counter({'a': 0, 'b': -1}))

print('--- defaultdict')
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dd['a'], dd['missing'], dd, len(dd))
print(dd.get('zz'), 'zz' in dd, dd.default_factory)
di = defaultdict(int, {'x': 1}, y=2)
di['z'] += 5
print(di, sorted(di.items()))
dn = defaultdict()
print(dn)
attempt(lambda: dn['nope'])
attempt(lambda: defaultdict(5))
print(defaultdict(lambda: 'dflt')['k'])
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 1
print(dict(nested['a']), isinstance(dd, dict), dd == {'a': [1, 3], 'b': [2], 'missing': []})
dcopy = dd.copy(); dcopy['new'].append(0); print(type(dcopy).__name__, dcopy.default_factory is list, 'new' in dd)
print(defaultdict(set, a={1}))

print('--- OrderedDict')
od = OrderedDict()
od['b'] = 1; od['a'] = 2; od['c'] = 3
print(od, list(od), list(od.keys()), list(od.values()))
od.move_to_end('b'); print(od)
od.move_to_end('c', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
attempt(lambda: od.move_to_end('zz'))
attempt(lambda: OrderedDict().popitem())
print(OrderedDict(), OrderedDict([('x', 1), ('y', 2)]), OrderedDict(x=1))
o1 = OrderedDict([('a', 1), ('b', 2)]); o2 = OrderedDict([('b', 2), ('a', 1)])
print(o1 == o2, o1 == dict(o2), dict(o1) == o2, o1 != o2)
print(OrderedDict.fromkeys('abc', 0), list(reversed(o1)))
o3 = o1.copy(); o3['c'] = 3; print(o3, o1, type(o3).__name__)
o1.update({'z': 26}); o1.setdefault('y', 25); print(o1, o1.pop('a'), o1)

print('--- ChainMap')
base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm, cm['a'], cm['b'], cm['c'], len(cm), sorted(cm), list(cm), 'a' in cm, 'z' in cm)
print(cm.get('z', 'dflt'), cm.get('a'), list(cm.keys()), list(cm.items()), list(cm.values()))
cm['a'] = 100; print(over, base)
del cm['a']; print(over, cm['a'])
attempt(lambda: cm.__delitem__('a'))
attempt(lambda: cm['nope'])
child = cm.new_child()
child['x'] = 1
print(child, child.parents, child.maps[0], ChainMap())
print(cm.new_child({'q': 1}), dict(cm), bool(ChainMap({}, {})), bool(cm))
attempt(lambda: ChainMap({}).pop('x'))
attempt(lambda: ChainMap({}).popitem())
print(cm.pop('c'), cm)
