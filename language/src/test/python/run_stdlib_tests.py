"""Compare MiniPy's pure-Python standard modules with CPython's.

Runs every test_<module>.py in this directory twice under the current
python3: once with the real standard library, once with MINIPY_STDLIB set to
a temporary directory holding copies of MiniPy's modules (see
_stdlib_select.py; the copies are loaded explicitly rather than through
PYTHONPATH, which would also shadow the modules CPython's own machinery
imports).  The two outputs (stdout, stderr, exit status) must be
byte-identical.

    python3 language/src/test/python/run_stdlib_tests.py [-v] [name ...]
"""

import difflib
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.normpath(os.path.join(HERE, '..', '..', 'main', 'resources',
                                    'org', 'minipy', 'lib'))


def run(test, env):
    proc = subprocess.run([sys.executable, test], cwd=HERE, env=env,
                          capture_output=True, timeout=120)
    return proc.returncode, proc.stdout, proc.stderr


def main(argv):
    verbose = '-v' in argv
    wanted = [a for a in argv if not a.startswith('-')]
    tests = sorted(f for f in os.listdir(HERE)
                   if f.startswith('test_') and f.endswith('.py'))
    if wanted:
        tests = [t for t in tests if t[5:-3] in wanted or t in wanted]
    tmp = tempfile.mkdtemp(prefix='minipy-stdlib-')
    failures = 0
    try:
        for f in os.listdir(LIB):
            if f.endswith('.py'):
                shutil.copy(os.path.join(LIB, f), tmp)
        base_env = dict(os.environ)
        base_env.pop('MINIPY_STDLIB', None)
        base_env.pop('PYTHONPATH', None)
        base_env['PYTHONHASHSEED'] = '0'
        base_env['PYTHONDONTWRITEBYTECODE'] = '1'
        mine_env = dict(base_env)
        mine_env['MINIPY_STDLIB'] = tmp
        for test in tests:
            expected = run(test, base_env)
            actual = run(test, mine_env)
            if expected == actual:
                lines = expected[1].count(b'\n')
                print('ok    %-28s (%d lines)' % (test, lines))
                if expected[0] != 0:
                    print('      warning: exit status %d under CPython' % expected[0])
                continue
            failures += 1
            print('FAIL  %s' % test)
            if expected[0] != actual[0]:
                print('      exit status: real %d, minipy %d' % (expected[0], actual[0]))
            for label, a, b in (('stdout', expected[1], actual[1]),
                                ('stderr', expected[2], actual[2])):
                if a != b:
                    diff = list(difflib.unified_diff(
                        a.decode('utf-8', 'replace').splitlines(),
                        b.decode('utf-8', 'replace').splitlines(),
                        'real ' + label, 'minipy ' + label, lineterm='', n=1))
                    shown = diff if verbose else diff[:40]
                    for line in shown:
                        print('      ' + line)
                    if len(shown) < len(diff):
                        print('      ... (%d more diff lines; -v shows all)'
                              % (len(diff) - len(shown)))
    finally:
        shutil.rmtree(tmp)
    print('%d of %d test programs differ' % (failures, len(tests)))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
