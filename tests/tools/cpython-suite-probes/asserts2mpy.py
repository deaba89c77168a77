# mine self.assertX(...) calls of a CPython unittest file into a self-printing probe program
import ast, sys
ALLOWED = {'sys','time','math','random','collections','itertools','functools','heapq','bisect','json','contextlib',
           'string','copy','operator','typing','os'}
src = open(sys.argv[1]).read()
tree = ast.parse(src)
out = []
for node in tree.body:
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        mods = [a.name.split('.')[0] for a in node.names] if isinstance(node, ast.Import) else [(node.module or '').split('.')[0]]
        if all(m in ALLOWED for m in mods) and not (isinstance(node, ast.ImportFrom) and node.level):
            out.append('try:\n    ' + ast.unparse(node) + '\nexcept ImportError as __e:\n    print("!!import", __e)')
    elif isinstance(node, ast.Assign):
        out.append('try:\n    ' + ast.unparse(node).replace('\n', '\n    ') + '\nexcept Exception as __e:\n    print("!!assign", type(__e).__name__)')
checks = []
for node in ast.walk(tree):
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name) \
            and node.func.value.id == 'self':
        m = node.func.attr; a = node.args
        if any(isinstance(x, ast.Constant) and isinstance(x.value, complex) for x in ast.walk(node)): continue
        if m in ('assertEqual','assertIs','assertNotEqual','assertIsNot','assertAlmostEqual','assertIn','assertNotIn') and len(a) >= 2:
            checks.append((node.lineno, 'print(%d, repr(%s))' % (node.lineno, ast.unparse(a[0]))))
        elif m in ('assertTrue','assertFalse','assertIsNone','assertIsNotNone','assertIsInstance') and a:
            checks.append((node.lineno, 'print(%d, repr(%s))' % (node.lineno, ast.unparse(a[0]))))
        elif m in ('assertRaises','assertRaisesRegex') and len(a) >= 2 and not node.keywords:
            rest = a[2:] if m == 'assertRaises' else a[3:]
            fn = a[1] if m == 'assertRaises' else (a[2] if len(a) > 2 else None)
            if fn is None: continue
            call = ast.Call(func=fn, args=list(rest), keywords=[])
            checks.append((node.lineno, 'print(%d, repr(%s))' % (node.lineno, ast.unparse(call))))
checks.sort()
seen = set()
for ln, c in checks:
    if c in seen: continue
    seen.add(c)
    out.append('try:\n    %s\nexcept Exception as __e:\n    print(%d, "!!", type(__e).__name__, __e)' % (c, ln))
open(sys.argv[2], 'w').write('\n'.join(out) + '\n')
print(sys.argv[2], len(seen))
