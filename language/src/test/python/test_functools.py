# Exercises functools; prints results (compared against CPython's).
from _stdlib_select import load
functools = load("functools")


def attempt(f):
    try:
        print('  ->', repr(f()))
    except Exception as e:
        print('  !!', type(e).__name__, e)

print('--- reduce')
print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(functools.reduce(lambda a, b: a * b, range(1, 8), 1))
print(functools.reduce(lambda a, b: a + b, [], 'init'), functools.reduce(max, [5]))
print(functools.reduce(lambda acc, s: acc + [s.upper()], iter('abc'), []))
attempt(lambda: functools.reduce(lambda a, b: a, []))

print('--- partial')
def f(a, b, c=3, *, d=4):
    return (a, b, c, d)
p = functools.partial(f, 1)
print(p(2), p(2, 5), p(2, d=9), p.args, p.keywords, p.func is f)
q = functools.partial(p, 7, d=0)
print(q(), q(c=1), q.func is f, q.args, q.keywords)
r = functools.partial(f, d=1)
print(r(1, 2), r(1, 2, d=2), r.keywords)
int2 = functools.partial(int, base=2)
print(int2('1011'), int2('11', base=10))
print(list(map(functools.partial(pow, 2), range(6))))
attempt(lambda: functools.partial(5))
attempt(lambda: functools.partial())
p.attr = 'x'; print(p.attr, callable(p))
rp = repr(functools.partial(f, 1, d=2))
print(rp.startswith('functools.partial(<function f at '), rp.endswith('>, 1, d=2)'))

print('--- lru_cache')
calls = []
@functools.lru_cache(maxsize=2)
def sq(x, y=0):
    calls.append((x, y))
    return x * x + y
for args, kw in [((1,), {}), ((1,), {}), ((2,), {}), ((), {'x': 1}), ((1,), {'y': 0}),
                 ((1, 0), {}), ((3,), {}), ((1,), {}), ((2,), {}), ((2,), {})]:
    print(sq(*args, **kw), sq.cache_info())
print(calls)
info = sq.cache_info()
print(info, info.hits, info.misses, info.maxsize, info.currsize, info[0], tuple(info), type(info).__name__)
print(sq.cache_parameters(), sq.__name__, sq.__wrapped__.__name__)
sq.cache_clear(); print(sq.cache_info())

@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@functools.lru_cache()
def fib2(n):
    return n if n < 2 else fib2(n - 1) + fib2(n - 2)
print(fib2(30), fib2.cache_info())
@functools.lru_cache(maxsize=None)
def fib3(n):
    return n if n < 2 else fib3(n - 1) + fib3(n - 2)
print(fib3(100), fib3.cache_info())
@functools.lru_cache(maxsize=0)
def ident(x):
    return x
print(ident(1), ident(1), ident.cache_info())
@functools.lru_cache(maxsize=3)
def small(n):
    return n * 10
for n in [1, 2, 3, 1, 4, 2, 1, 5, 3, 3]:
    small(n)
    print(n, small.cache_info())
@functools.lru_cache(typed=True)
def typed_fn(x):
    return type(x).__name__
print(typed_fn(1), typed_fn(1.0), typed_fn(True), typed_fn.cache_info())
@functools.lru_cache(maxsize=-5)
def neg(x):
    return x
print(neg(1), neg(1), neg.cache_info())
attempt(lambda: functools.lru_cache('x'))

@functools.cache
def fact(n):
    return n * fact(n - 1) if n else 1
print(fact(20), fact(10), fact.cache_info())

class Thing:
    def __init__(self, k):
        self.k = k
    @functools.lru_cache(maxsize=None)
    def times(self, n):
        return self.k * n
t = Thing(3)
print(t.times(4), t.times(4), Thing.times.cache_info())

print('--- wraps / update_wrapper')
def deco(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k)
    return inner
@deco
def documented(x):
    """Doubles x."""
    return 2 * x
documented2 = documented
print(documented(4), documented.__name__, documented.__doc__, documented.__qualname__,
      documented.__module__, documented.__wrapped__.__name__)
def source():
    "src"
source.extra = 42
def target():
    pass
target.own = 1
res = functools.update_wrapper(target, source)
print(res is target, target.__name__, target.__doc__, target.extra, target.own, target.__wrapped__ is source)
def t2():
    pass
functools.update_wrapper(t2, source, assigned=('__doc__',), updated=())
print(t2.__name__, t2.__doc__, hasattr(t2, 'extra'))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

print('--- total_ordering')
@functools.total_ordering
class Ver:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        if not isinstance(other, Ver):
            return NotImplemented
        return self.n == other.n
    def __lt__(self, other):
        if not isinstance(other, Ver):
            return NotImplemented
        return self.n < other.n
    def __repr__(self):
        return 'Ver(%d)' % self.n
a, b = Ver(1), Ver(2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a <= Ver(1), a >= Ver(1))
print(sorted([Ver(3), Ver(1), Ver(2)]), max(Ver(5), Ver(9)))
print(Ver.__gt__.__name__, Ver.__le__.__name__, Ver.__ge__.__name__)
attempt(lambda: a < 5)
attempt(lambda: a >= 5)
for op in ('__le__', '__gt__', '__ge__'):
    class Alt:
        def __init__(self, n):
            self.n = n
        def __eq__(self, other):
            return self.n == other.n
    setattr(Alt, op, {'__le__': lambda s, o: s.n <= o.n,
                      '__gt__': lambda s, o: s.n > o.n,
                      '__ge__': lambda s, o: s.n >= o.n}[op])
    Alt = functools.total_ordering(Alt)
    x, y = Alt(1), Alt(2)
    print(op, x < y, x <= y, x > y, x >= y, y < x, y <= x, x < Alt(1), x <= Alt(1), x >= Alt(1), x > Alt(1))
attempt(lambda: functools.total_ordering(type('Plain', (), {})))

print('--- cmp_to_key')
def cmp(a, b):
    return (a > b) - (a < b)
def rev(a, b):
    return cmp(b, a)
print(sorted([3, 1, 2], key=functools.cmp_to_key(rev)))
print(sorted(['bb', 'a', 'ccc', 'dd'], key=functools.cmp_to_key(lambda a, b: len(a) - len(b))))
K = functools.cmp_to_key(cmp)
print(K(1) < K(2), K(2) <= K(2), K(3) > K(2), K(1) >= K(2), K(1) == K(1), K(1) != K(1))
print(min([5, 3, 9], key=K), max([5, 3, 9], key=K))

print('--- cached_property')
class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0
    @functools.cached_property
    def area(self):
        """The area."""
        self.computed += 1
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, c.computed, 'area' in c.__dict__)
del c.area
print(c.area, c.computed)
c.area = 7; print(c.area, Circle.area.__doc__, type(Circle.area).__name__)

print('--- singledispatch')
@functools.singledispatch
def show(x):
    return 'object:' + repr(x)
@show.register(int)
def _(x):
    return 'int:%d' % x
@show.register
def _(x: list):
    return 'list of %d' % len(x)
def show_str(x):
    return 'str:' + x
show.register(str, show_str)
class MyInt(int):
    pass
print(show(1), show(True), show(MyInt(5)), show('s'), show([1, 2]), show(1.5), show(None))
print(show.dispatch(bool) is show.dispatch(int), show.dispatch(float).__name__, show.__name__)
print(sorted(k.__name__ for k in show.registry))
attempt(lambda: show())
