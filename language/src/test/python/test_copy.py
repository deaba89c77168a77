# Exercises copy (with MiniPy's collections when MINIPY_STDLIB is set).
from _stdlib_select import load
copy = load("copy")
collections = load("collections")

print('--- shallow')
lst = [1, [2, 3], {'k': [4]}]
c = copy.copy(lst)
print(c, c == lst, c is lst, c[1] is lst[1])
d = {'a': [1], 'b': 2}
dc = copy.copy(d)
print(dc, dc is d, dc['a'] is d['a'])
s = {1, 2, 3}; sc = copy.copy(s); print(sc, sc is s)
t = (1, [2]); print(copy.copy(t) is t, copy.copy('str') == 'str', copy.copy(5), copy.copy(None))
fs = frozenset([1, 2]); print(copy.copy(fs) is fs)
ba = bytearray(b'xy'); bc = copy.copy(ba); print(bc, bc is ba)
print(copy.copy(len) is len, copy.copy(int) is int, copy.copy(range(3)))

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)
p = Point(1, [2])
pc = copy.copy(p)
print(pc, pc is p, pc.y is p.y, type(pc).__name__, pc.__dict__)

class WithCopy:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('  __copy__ called')
        return WithCopy(self.v * 2)
print(copy.copy(WithCopy(5)).v)

class Empty:
    pass
e = copy.copy(Empty()); print(type(e).__name__, e.__dict__)

class MyList(list):
    pass
ml = MyList([1, 2]); ml.tag = 'x'
mc = copy.copy(ml)
print(mc, type(mc).__name__, mc.tag, mc is ml)
class MyDict(dict):
    pass
md = MyDict(a=1); md.note = 2
mdc = copy.copy(md); print(mdc, type(mdc).__name__, mdc.note)

P = collections.namedtuple('P', 'x y')
pt = P(1, [2]); ptc = copy.copy(pt); print(ptc, type(ptc).__name__, ptc.y is pt.y)
cnt = collections.Counter('aab'); print(copy.copy(cnt), type(copy.copy(cnt)).__name__)
dd = collections.defaultdict(list, a=[1]); ddc = copy.copy(dd)
print(ddc, ddc['a'] is dd['a'], ddc.default_factory)
od = collections.OrderedDict(b=1, a=2); print(copy.copy(od))
dq = collections.deque([1, [2]], maxlen=4); dqc = copy.copy(dq); print(dqc, dqc[1] is dq[1])

class Stateful:
    def __init__(self):
        self.a = 1
        self.cache = 'big'
    def __getstate__(self):
        state = dict(self.__dict__)
        del state['cache']
        return state
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = 'rebuilt'
sc = copy.copy(Stateful()); print(sc.a, sc.cache)
sd = copy.deepcopy(Stateful()); print(sd.a, sd.cache)

print('--- deep')
nested = [1, [2, [3, [4]]], {'k': (5, [6])}]
dn = copy.deepcopy(nested)
print(dn, dn == nested, dn[1] is nested[1], dn[2]['k'] is nested[2]['k'], dn[2]['k'][1] is nested[2]['k'][1])
tup = (1, 2, 'x'); print(copy.deepcopy(tup) is tup)
tup2 = (1, [2]); dt = copy.deepcopy(tup2); print(dt, dt is tup2, dt[1] is tup2[1])
shared = [1]
both = [shared, shared]
db = copy.deepcopy(both)
print(db, db[0] is db[1], db[0] is shared)
cyc = [1]; cyc.append(cyc)
dcyc = copy.deepcopy(cyc)
print(dcyc[1] is dcyc, dcyc is not cyc, len(dcyc))
dcy = {'self': None}; dcy['self'] = dcy
dd2 = copy.deepcopy(dcy); print(dd2['self'] is dd2, dd2 is not dcy)
ct = [1]; tt = (ct,); ct.append(tt)
dtt = copy.deepcopy(tt)
print(type(dtt).__name__, dtt[0][1] is dtt, dtt[0] is not ct)
print(copy.deepcopy({1, 2, (3, 4)}), copy.deepcopy(frozenset([1, 2])), copy.deepcopy(bytearray(b'ab')))

class Node:
    def __init__(self, val, children=()):
        self.val = val
        self.children = list(children)
        self.parent = None
        for c in self.children:
            c.parent = self
    def __repr__(self):
        return 'Node(%r, %r)' % (self.val, self.children)
tree = Node(1, [Node(2), Node(3, [Node(4)])])
dtree = copy.deepcopy(tree)
print(dtree, dtree is tree, dtree.children[0].parent is dtree, dtree.children[1].children[0].parent is dtree.children[1])
dtree.children[0].val = 99; print(tree.children[0].val)

class CustomDeep:
    def __init__(self, items):
        self.items = items
    def __deepcopy__(self, memo):
        print('  __deepcopy__ called, memo is dict:', isinstance(memo, dict))
        return CustomDeep(copy.deepcopy(self.items, memo) + ['copied'])
cd = copy.deepcopy([CustomDeep([1])])
print(cd[0].items)
memo = {}
x = [1, 2]
y = copy.deepcopy(x, memo)
print(y, id(x) in memo, memo[id(x)] is y)
ml2 = MyList([[1], [2]]); ml2.tag = ['t']
dml = copy.deepcopy(ml2); print(dml, type(dml).__name__, dml.tag, dml[0] is ml2[0], dml.tag is ml2.tag)
pt2 = copy.deepcopy(P([1], {'a': [2]})); print(pt2, type(pt2).__name__)
dq2 = copy.deepcopy(collections.deque([[1], [2]], maxlen=5)); print(dq2, dq2.maxlen)
cnt2 = copy.deepcopy(collections.Counter(a=2)); print(cnt2, type(cnt2).__name__)
dd3 = copy.deepcopy(collections.defaultdict(list, a=[1])); dd3['b'].append(2); print(dd3)
od2 = copy.deepcopy(collections.OrderedDict(z=[1], y=[2])); print(od2)
print(copy.deepcopy(Point) is Point, copy.deepcopy(len) is len, copy.deepcopy(None), copy.deepcopy(3.5))
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
