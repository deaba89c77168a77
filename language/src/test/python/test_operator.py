# Exercises operator; prints results (compared against CPython's).
from _stdlib_select import load
operator = load("operator")
op = operator


def attempt(f):
    try:
        print('  ->', repr(f()))
    except Exception as e:
        print('  !!', type(e).__name__, e)

print(op.add(2, 3), op.sub(2, 3), op.mul(4, 5), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3),
      op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3.5), op.not_(0), op.truth([]), op.truth([0]))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.invert(5), op.inv(0), op.lshift(1, 8), op.rshift(256, 4))
print(op.add('a', 'b'), op.mul('ab', 3), op.add([1], [2]), op.concat('x', 'y'), op.concat([1], [2]))
print(op.contains([1, 2], 2), op.contains('abc', 'z'), op.index(7), op.index(True), op.is_(None, None), op.is_not(1, None))
d = {'a': 1}
op.setitem(d, 'b', 2); print(d, op.getitem(d, 'b'))
op.delitem(d, 'a'); print(d)
l = [1, 2, 3, 4]; print(op.getitem(l, slice(1, 3)), op.getitem('hello', -1))
op.setitem(l, slice(0, 2), [9]); print(l)
print(op.countOf([1, 2, 1, 1], 1), op.indexOf('abc', 'c'), op.length_hint([1, 2]), op.length_hint(iter([1, 2, 3])), op.length_hint(5, 7))
attempt(lambda: op.indexOf([1], 5))
attempt(lambda: op.concat(1, 2))
attempt(lambda: op.index(1.5))
attempt(lambda: op.truediv(1, 0))
a = [1]; b = op.iadd(a, [2]); print(a, b, a is b)
x = 5; y = op.iadd(x, 3); print(x, y, op.isub(10, 3), op.imul(3, 4), op.ifloordiv(9, 2), op.itruediv(9, 2), op.imod(9, 4), op.ipow(2, 5))
print(op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3), op.ilshift(1, 3), op.irshift(16, 2), op.iconcat([1], (2,)))
print(op.__add__(1, 2), op.__getitem__([5, 6], 1))

print('--- itemgetter')
g = op.itemgetter(1)
print(g([10, 20, 30]), g('xyz'), g({1: 'one'}), repr(g))
g2 = op.itemgetter(0, -1)
print(g2('abc'), g2([1, 2, 3]), repr(g2), repr(op.itemgetter('k', slice(1, 2))))
print(op.itemgetter(slice(1, None))([1, 2, 3]))
records = [('bob', 30), ('alice', 25), ('carol', 30)]
print(sorted(records, key=op.itemgetter(1)), sorted(records, key=op.itemgetter(1, 0)))
print(list(map(op.itemgetter('n'), [{'n': 1}, {'n': 2}])))
attempt(lambda: op.itemgetter())
attempt(lambda: op.itemgetter(5)([1]))
attempt(lambda: op.itemgetter('z')({}))

print('--- attrgetter')
class Obj:
    def __init__(self, **kw):
        self.__dict__.update(kw)
inner = Obj(name='inner', val=3)
o = Obj(name='outer', child=inner, n=7)
ag = op.attrgetter('name')
print(ag(o), ag(inner), repr(ag))
print(op.attrgetter('child.name')(o), op.attrgetter('child.val', 'n', 'name')(o), repr(op.attrgetter('a.b', 'c')))
people = [Obj(name='z', age=3), Obj(name='a', age=9), Obj(name='m', age=3)]
print([p.name for p in sorted(people, key=op.attrgetter('age', 'name'))])
attempt(lambda: op.attrgetter(1))
attempt(lambda: op.attrgetter('missing')(o))
attempt(lambda: op.attrgetter('child.missing')(o))
print(op.attrgetter('real', 'imag')(3 + 4j))

print('--- methodcaller')
mc = op.methodcaller('upper')
print(mc('abc'), repr(mc))
mc2 = op.methodcaller('split', ',', maxsplit=1)
print(mc2('a,b,c'), repr(mc2))
print(op.methodcaller('replace', 'a', 'o')('banana'), repr(op.methodcaller('get', 'k', None)))
print(list(map(op.methodcaller('count', 'a'), ['aa', 'bab', 'c'])))
attempt(lambda: op.methodcaller())
attempt(lambda: op.methodcaller(5))
attempt(lambda: op.methodcaller('nope')(1))
import functools
print(functools.reduce(op.mul, range(1, 10)), list(map(op.add, [1, 2], [10, 20])), sorted({'b': 1, 'a': 2}.items(), key=op.itemgetter(1)))
