# turn doctest strings of a CPython test module into a self-printing program
import ast, doctest, importlib, sys, os
sys.path.insert(0, '/usr/lib/python3.11')
modname, outdir = sys.argv[1], sys.argv[2]
mod = importlib.import_module('test.' + modname)
tests = getattr(mod, '__test__', None) or {}
names = sys.argv[3:] or list(tests)
parser = doctest.DocTestParser()
for name in names:
    s = tests[name] if name in tests else getattr(mod, name)
    exs = parser.get_examples(s)
    out = []
    for i, ex in enumerate(exs):
        src = ex.source
        out.append(f"print('--- ex{i} line {ex.lineno}')")
        try:
            tree = ast.parse(src); compile(src, '<x>', 'exec')
        except SyntaxError:
            out.append("try:\n    exec(compile(%r, '<doctest>', 'single'))\nexcept BaseException as __e:\n    print('!!', type(__e).__name__, __e)" % src)
            continue
        body = tree.body
        lines = []
        if body and isinstance(body[-1], ast.Expr):
            pre = body[:-1]
            for st in pre:
                lines.append(ast.unparse(st))
            lines.append('__r = ' + ast.unparse(body[-1].value))
            lines.append('if __r is not None: print(repr(__r))')
        else:
            for st in body:
                lines.append(ast.unparse(st))
        code = '\n'.join(lines)
        # global decls in the doctest source are module-level anyway
        ind = '\n'.join('    ' + l for l in code.split('\n'))
        out.append("try:\n" + ind + "\nexcept BaseException as __e:\n    print('!!', type(__e).__name__, __e)")
    fn = os.path.join(outdir, f'{modname}_{name}.mpy')
    open(fn, 'w').write('\n'.join(out) + '\n')
    print(fn, len(exs))
