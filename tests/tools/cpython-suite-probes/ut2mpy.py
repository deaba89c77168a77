# turn a CPython unittest module into a self-printing program: TestCase classes get a shim base whose asserts print
import ast, sys
ALLOWED = {'sys','time','math','random','collections','itertools','functools','heapq','bisect','json','contextlib',
           'string','copy','operator','typing'}
SHIM = '''
class _Raises:
    def __init__(self, exc):
        self.exc = exc
        self.exception = None
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is None:
            print('  no exception raised')
            return False
        if issubclass(t, self.exc):
            self.exception = v
            print('  raised', t.__name__, ascii(str(v)))
            return True
        return False
class _Shim:
    maxDiff = None
    def setUp(self): pass
    def tearDown(self): pass
    def subTest(self, *a, **k): return _Raises(())
    def _p(self, *vals): print(' ', *[ascii(v) for v in vals])
    def assertEqual(self, a, b, msg=None): self._p(a, a == b)
    assertEquals = assertEqual
    def assertNotEqual(self, a, b, msg=None): self._p(a, a != b)
    def assertAlmostEqual(self, a, b, places=7, msg=None, delta=None): self._p(a)
    def assertTrue(self, x, msg=None): self._p(bool(x))
    def assertFalse(self, x, msg=None): self._p(bool(x))
    def assertIs(self, a, b, msg=None): self._p(a is b)
    def assertIsNot(self, a, b, msg=None): self._p(a is not b)
    def assertIsNone(self, a, msg=None): self._p(a is None)
    def assertIsNotNone(self, a, msg=None): self._p(a is not None)
    def assertIn(self, a, b, msg=None): self._p(a in b)
    def assertNotIn(self, a, b, msg=None): self._p(a not in b)
    def assertIsInstance(self, a, b, msg=None): self._p(isinstance(a, b))
    def assertNotIsInstance(self, a, b, msg=None): self._p(isinstance(a, b))
    def assertGreater(self, a, b, msg=None): self._p(a > b)
    def assertLess(self, a, b, msg=None): self._p(a < b)
    def assertGreaterEqual(self, a, b, msg=None): self._p(a >= b)
    def assertLessEqual(self, a, b, msg=None): self._p(a <= b)
    def assertCountEqual(self, a, b, msg=None): self._p(sorted(map(repr, a)) == sorted(map(repr, b)))
    def assertSequenceEqual(self, a, b, msg=None, seq_type=None): self._p(list(a) == list(b))
    assertListEqual = assertTupleEqual = assertDictEqual = assertSetEqual = assertEqual
    def fail(self, msg=None): print('  fail', msg)
    def skipTest(self, msg): raise _Skip()
    def assertRaises(self, exc, fn=None, *args, **kw):
        r = _Raises(exc)
        if fn is None:
            return r
        with r:
            fn(*args, **kw)
    def assertRaisesRegex(self, exc, regex, fn=None, *args, **kw):
        return self.assertRaises(exc, fn, *args, **kw)
class _Skip(Exception): pass
'''
src = open(sys.argv[1]).read()
tree = ast.parse(src)
out = [SHIM]
tests = []
def strip(fn):
    fn.decorator_list = [d for d in fn.decorator_list if isinstance(d, ast.Name) and d.id in ('staticmethod', 'classmethod', 'property')]
for node in tree.body:
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        mods = [a.name.split('.')[0] for a in node.names] if isinstance(node, ast.Import) else [(node.module or '').split('.')[0]]
        if all(m in ALLOWED for m in mods) and not (isinstance(node, ast.ImportFrom) and node.level):
            out.append('try:\n    ' + ast.unparse(node) + '\nexcept ImportError as __e:\n    print("!!import", __e)')
    elif isinstance(node, (ast.Assign, ast.FunctionDef)):
        strip(node) if isinstance(node, ast.FunctionDef) else None
        out.append('try:\n    ' + ast.unparse(node).replace('\n', '\n    ') + '\nexcept Exception as __e:\n    print("!!top", type(__e).__name__)')
    elif isinstance(node, ast.ClassDef):
        is_test = any('Test' in ast.unparse(b) for b in node.bases) or node.name.startswith('Test') or node.name.endswith('Test')
        node.decorator_list = []
        for b in node.body:
            if isinstance(b, ast.FunctionDef): strip(b)
        if is_test:
            node.bases = [ast.Name('_Shim')] + [b for b in node.bases if isinstance(b, ast.Name) and b.id not in ('TestCase',) and not b.id.endswith('TestCase') and 'unittest' not in b.id]
            node.keywords = []
            for b in node.body:
                if isinstance(b, ast.FunctionDef) and b.name.startswith('test'):
                    tests.append((node.name, b.name))
        out.append('try:\n    ' + ast.unparse(node).replace('\n', '\n    ') + '\nexcept Exception as __e:\n    print("!!class", %r, type(__e).__name__)' % node.name)
for cls, m in tests:
    out.append('print(%r)\ntry:\n    __t = %s()\n    __t.setUp()\n    __t.%s()\nexcept _Skip:\n    print("  skipped")\nexcept Exception as __e:\n    print("  !!", type(__e).__name__, ascii(str(__e))[:200])' % (cls + '.' + m, cls, m))
open(sys.argv[2], 'w').write('\n'.join(out) + '\n')
print(sys.argv[2], len(tests))
