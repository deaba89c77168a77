# Exercises json; prints results (compared against CPython's).
from _stdlib_select import load
json = load("json")
collections = load("collections")


def attempt(f):
    try:
        print('  ->', repr(f()))
    except Exception as e:
        print('  !!', type(e).__name__, e)

print('--- dumps')
data = {'name': 'Ada', 'age': 36, 'langs': ['en', 'fr'], 'ok': True, 'none': None,
        'pi': 3.14159, 'nested': {'a': [1, 2, {'b': []}], 'c': {}}, 'tup': (1, 2)}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent='\t', sort_keys=True))
print(json.dumps(data, indent=0))
print(json.dumps([1, [2]], indent=-1))
print(json.dumps(data, separators=(',', ':'), sort_keys=True))
print(json.dumps(data, indent=4, separators=(', ', ' = ')))
for v in [0, -5, 10 ** 30, 1.0, -0.0, 1e100, 1.5e-7, 0.1 + 0.2, 1 / 3, 2.5e16, 123456789.0, float('nan'),
          float('inf'), -float('inf'), True, False, None, '', 'plain', [], {}, (), [[]], [{}]]:
    print(repr(v), json.dumps(v))
print(json.dumps('quote " backslash \\ slash / nl \n cr \r tab \t bs \b ff \f nul \x00 us \x1f del \x7f'))
print(json.dumps('é ñ 中文 😀 \u2028'), json.dumps('é ñ 中文 😀 \u2028 \x01 "', ensure_ascii=False))
print(json.dumps({'é': 1}), json.dumps({'é': 1}, ensure_ascii=False))
print(json.dumps({1: 'int', 2.5: 'float', True: 't', False: 'f', None: 'n', float('inf'): 'inf'}))
print(json.dumps({'b': 1, 'a': 2, 'c': {'z': 0, 'y': 1}}, sort_keys=True))
print(json.dumps({(1, 2): 'x', 'ok': 1}, skipkeys=True))
attempt(lambda: json.dumps({(1, 2): 'x'}))
attempt(lambda: json.dumps({1, 2}))
attempt(lambda: json.dumps([1, object.__new__(type('Thing', (), {}))]))
attempt(lambda: json.dumps(float('nan'), allow_nan=False))
attempt(lambda: json.dumps({2: 'a', 'b': 1}, sort_keys=True))
circ = [1]; circ.append(circ)
attempt(lambda: json.dumps(circ))
cd = {}; cd['self'] = cd
attempt(lambda: json.dumps(cd))
shared = [1]
print(json.dumps([shared, shared]))
print(json.dumps({1, 2, 3}, default=sorted), json.dumps({'s': {3, 1}}, default=lambda o: sorted(o), indent=1))
class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y
print(json.dumps([Pt(1, 2)], default=lambda o: o.__dict__))
class PtEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Pt):
            return {'pt': [o.x, o.y]}
        return json.JSONEncoder.default(self, o)
print(json.dumps({'p': Pt(3, 4)}, cls=PtEncoder), PtEncoder(indent=1).encode([Pt(0, 0)]))
attempt(lambda: json.dumps(object(), cls=PtEncoder))
P = collections.namedtuple('P', 'x y')
print(json.dumps(P(1, 2)), json.dumps(collections.OrderedDict([('z', 1), ('a', 2)])), json.dumps(collections.Counter('aab')))
class MyInt(int):
    pass
class MyFloat(float):
    pass
class MyStr(str):
    pass
print(json.dumps([MyInt(5), MyFloat(2.5), MyStr('s'), {MyStr('k'): MyInt(1)}]))
class Out:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
out = Out()
json.dump({'k': [1, 2]}, out, indent=1)
print(repr(''.join(out.parts)))

print('--- loads')
texts = ['{"a": 1, "b": [true, false, null], "c": {"d": "e"}}', '[]', '{}', '  42  ', '-0', '-0.0', '1E2', '1e-3',
         '3.25', '12345678901234567890123', '1.5e300', '1e400', '"\\u00e9\\ud83d\\ude00"', '"\\/\\b\\f\\n\\r\\t\\"\\\\"',
         '[NaN, Infinity, -Infinity]', '{"a":1, "a":2, "b":3}', '[1,\n 2,\n\t3]', '"\\ud800\\u0041"', '"\\udc00"',
         '"\x7f\u00e9"', '[[[[]]]]', '{"k": {"k": {"k": 1}}}', '"\\ud800x"', '""', '0', '[0.5, -1, 2e+2, 3E-1]']
for t in texts:
    print(repr(t), repr(json.loads(t)))
bad = ['', '  ', '[1 2]', '{"a" 1}', '{"a":1,}', '[1,]', '{1:2}', '"abc', '"a\\x"', '"a\\u12"', '"a\x01"', '1 2',
       '-', '01', '{"a":1 "b":2}', 'nul', '[', '{', '{"a":', '\ufeff1', 'tru', '"\\', '[1,2', '{"a"', '"\\u12',
       '"\\uZZZZ"', '"\\ud800\\u12"', '1.', '1.e5', '1e', '1e+', '[-]', '-Inf', '"\t"', '[1,\n2,\n x]', '0x10', '[1]]',
       '1\xa0', '\u0661', 'True', "{'a': 1}", '[1,,2]', '{"a":1}}', '\n\n  @', '{"a": [1, {"b": }]}', 'NaNx']
for t in bad:
    try:
        json.loads(t)
        print(repr(t), 'parsed?!')
    except json.JSONDecodeError as e:
        print(repr(t), e, '|', e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
attempt(lambda: json.loads(5))
print(json.loads(b'{"bytes": [1]}'), json.loads(bytearray(b'[2]')), json.loads('"x"'.encode('utf-16')))
print(json.loads('{"a": 1.5, "b": 2}', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda c: 'const:' + c))
print(json.loads('{"b": 1, "a": {"c": 2}}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('{"x": 1, "y": 2}', object_hook=lambda d: P(**d)))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=collections.OrderedDict))
dec = json.JSONDecoder()
print(dec.decode('[1, 2]'), dec.raw_decode('{"a": 1} trailing'), dec.raw_decode('xx[3]', 2))
attempt(lambda: dec.raw_decode('  1'))
class In:
    def read(self):
        return '{"from": "file", "n": [1.0, 2]}'
print(json.load(In()))

print('--- round trips')
samples = [data, [1.1, 2.2, 1e-10, 123.456e7], {'unicode': 'ünï 😀', 'esc': '\n\t"\\'}, [[], {}, [[], [{}]]],
           {'k%d' % i: list(range(i)) for i in range(6)}]
for s in samples:
    for kwargs in [{}, {'indent': 2}, {'ensure_ascii': False}, {'sort_keys': True, 'separators': (',', ':')}]:
        text = json.dumps(s, **kwargs)
        back = json.loads(text)
        print(len(text), back == json.loads(json.dumps(back)), back == s or isinstance(s, dict) and 'tup' in s)
