"""Writes the expectations of BuiltinCallsTest by running each case under CPython 3.11.

A case is a few statements separated by ' ;; ' in a tiny subset of Python that the Java test can evaluate without
the MiniPy compiler: literals, names, calls with keyword arguments, attribute access, subscripts, unary minus and
+ - * // % ** and assignments to names. The value of the last statement is recorded as its repr (an iterator is
first turned into a list), or as '!ExceptionName: message'; what the case printed to stdout is recorded too.
Names available: the builtins, sys, time, and P, a temporary directory path ending in '/', shown as '<P>/'.
(The Java side stands in for list() and range() while those classes are not constructible there yet.)
Cases that read standard input see STDIN.

Run from the repository root:  python3 tests/src/test/python/gen_builtin_calls.py
"""
import collections.abc
import contextlib
import io
import os
import sys
import tempfile
import time

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "org", "minipy", "tests", "builtins", "builtin_calls.txt")
STDIN = "first line\nsecond\n"

CASES = r"""
len('hello')
len([1, 2, 3])
len({1: 2})
len(5)
repr('a\nb')
repr([1, 'x', None, True, 1.5])
ascii('é\u1234\U0001F600')
ascii('plain')
hash(1) == hash(1.0)
hash(-1)
hash(2**61 + 5)
hash([])
callable(len)
callable(5)
callable(int)
format(42)
format('abc', '')
format(1, 2)
list(enumerate('abc'))
enumerate('ab', 5)
enumerate('ab', 2**64)
enumerate([], 1.5)
enumerate(5)
zip([1, 2, 3], 'ab')
zip()
zip([1], [], strict=True)
zip([1, 2], [3], strict=True)
zip([1], [2, 3], strict=True)
zip([1], [2], [3, 4], strict=True)
zip([1, 2], [3, 4], [5], strict=True)
zip([1, 2], 'ab', strict=True)
zip(1)
map(abs, [-1, 2, -3])
map(pow, [2, 3], [5, 2, 9])
map(len)
filter(None, [0, 1, '', 'a', None, [], [0]])
filter(callable, [len, 1, abs])
filter(None)
reversed([1, 2, 3])
reversed((1, 2, 3))
reversed('abc')
reversed(range(1, 10, 3))
reversed(range(0))
reversed({'a': 1, 'b': 2, 'c': 3})
reversed({1, 2})
reversed(5)
sorted([3, 1, 2])
sorted('hello')
sorted([3, 1, 2], reverse=True)
sorted(['bb', 'a', 'ccc', 'dd', 'e'], key=len)
sorted(['bb', 'a', 'ccc', 'dd', 'e'], key=len, reverse=True)
sorted([1, 'a'])
sorted(['a', 1])
sorted([3, 2, 'x', 1])
sorted([1.5, 1, True, 0.5, -2])
sorted([5, 3, 9, 1, 7, 2, 8, 4, 6, 0, 15, 13, 11, 19, 17, 12, 10, 14, 18, 16, 25, 23, 21, 29, 27, 22, 20, 24, 28, 26, 35, 33, 31, 39, 37, 32, 30, 34, 38, 36, 45, 43, 41, 49, 47, 42, 40, 44, 48, 46, 55, 53, 51, 59, 57, 52, 50, 54, 58, 56, 65, 63, 61, 69, 67, 62, 60, 64, 68, 66, 75, 73, 71, 79, 77, 72, 70, 74, 78, 76])
sorted(range(100, 0, -1), key=abs)
sorted([-3, 2, -1, 1, 3, -2], key=abs)
sorted(5)
sorted([2, 1], key=5)
min(3, 1, 2)
max(3, 1, 2)
min([4, 2, 8])
max('hello')
min([], default=7)
max([], default=None)
min([])
max([])
max([], key=len)
min()
min(1)
max(1, 2, default=0)
max(['a', 'ccc', 'bb'], key=len)
min(['a', 'ccc', 'bb', 'c'], key=len)
max([1, 3, 3.0, 2])
max(1, 'a')
sum([1, 2, 3])
sum([1, 2, 3], 10)
sum([0.1] * 10)
sum([1e100, 1.0, -1e100])
sum([2**64, 2**64])
sum([1, 2.5, True])
sum([[1], [2]], [])
sum(['a'], 'b')
sum([1, 'a'])
sum(range(101))
any([])
any([0, '', 3])
all([])
all([1, 0])
any(1)
abs(-5)
abs(-2.5)
abs(-2**70)
abs(-9223372036854775808)
abs(True)
abs('a')
round(2.675, 2)
round(0.5)
round(1.5)
round(2.5)
round(-0.5)
round(-1.5)
round(3.14159, 3)
round(-0.04, 1)
round(1234.5678, -2)
round(1e300, -299)
round(1.5e308, -308)
round(12345, -2)
round(12350, -2)
round(12250, -2)
round(-12350, -2)
round(7, 3)
round(2**70 + 2**69, -20)
round(True)
round(True, 2)
round(0.1 + 0.2, 15)
round(5e-324, 400) == 5e-324
round(2.5e-323, 323)
round(123.456, None)
round(1e20)
round(1.5, 1.0)
round('a')
round(1, 'a')
divmod(7, 2)
divmod(-7, 2)
divmod(7, -2)
divmod(7.5, 2)
divmod(-7.5, 2)
divmod(2**70, 7)
divmod(True, 2)
divmod(1, 0)
divmod(1.0, 0)
divmod('a', 1)
pow(2, 10)
pow(2, -1)
pow(2, 100)
pow(3, 4, 5)
pow(3, -1, 7)
pow(2, -1, 1)
pow(2, -1, 6)
pow(1, 2, 0)
pow(2.0, 2, 3)
pow(2.0, 0.5)
pow(-8, 1, -3)
hex(255)
hex(-255)
hex(0)
hex(2**70)
hex(-2**70)
hex(True)
hex(1.0)
oct(8)
oct(-8)
bin(5)
bin(-5)
bin(0)
chr(65)
chr(0x1F600)
chr(-1)
chr(0x110000)
chr(1.0)
ord('A')
ord('\u20ac')
ord('ab')
ord('')
ord(1)
isinstance(1, int)
isinstance(True, int)
isinstance(1, bool)
isinstance(1, (str, (float, int)))
isinstance('a', ())
isinstance(None, object)
isinstance(1, 1)
isinstance(1, (int, 1))
isinstance(1, (1, int))
issubclass(bool, int)
issubclass(int, (str, object))
issubclass(ZeroDivisionError, ArithmeticError)
issubclass(KeyError, (IndexError, ValueError))
issubclass(1, int)
issubclass(int, 1)
next(iter([1, 2]))
next(iter([]), 'done')
next(iter([]))
next([])
it = iter('ab') ;; next(it) ;; next(it) ;; next(it, None)
iter(5)
iter(5, 0)
getattr(sys, 'maxsize')
getattr(sys, 'nope', 'dflt')
getattr(sys, 'nope')
getattr(1, 2)
hasattr(sys, 'path')
hasattr(sys, 'nope')
hasattr(1, 2)
o = object() ;; setattr(o, 'x', 1)
delattr(object(), 'x')
setattr(sys, 'my_attr', 5) ;; getattr(sys, 'my_attr')
setattr(sys, 'my_attr2', 5) ;; delattr(sys, 'my_attr2') ;; hasattr(sys, 'my_attr2')
vars(1)
print('a', 1, None, 2.5)
print('a', 'b', sep='-', end='!\n')
print()
print('x', end='')
print('a', 'b', sep=None, end=None)
print(sep=1)
print(end=2)
print('to', 'stdout', file=sys.stdout, flush=True)
sys.stdout.write('written\n')
sys.stderr.write(5)
input()
input('prompt> ')
input() ;; input() ;; input()
sys.stdin.readline()
sys.stdin.read()
f = open(P + 'a.txt', 'w') ;; f.write('line1\nline2\nline3') ;; f.close() ;; open(P + 'a.txt').read()
f = open(P + 'b.txt', 'w') ;; n = f.write('x\ny\n') ;; f.close() ;; n
f = open(P + 'c.txt', 'w') ;; f.writelines(['a\n', 'b\n', 'c']) ;; f.close() ;; f = open(P + 'c.txt') ;; list(f)
f = open(P + 'd.txt', 'w') ;; f.write('a\nbb\nccc\n') ;; f.close() ;; f = open(P + 'd.txt') ;; f.readlines()
f = open(P + 'e.txt', 'w') ;; f.write('a\nbb\n') ;; f.close() ;; f = open(P + 'e.txt') ;; f.readline() ;; f.readline() ;; f.readline()
f = open(P + 'f.txt', 'w') ;; f.write('hello world') ;; f.close() ;; f = open(P + 'f.txt') ;; f.read(5) ;; f.read(1) ;; f.read()
f = open(P + 'g.txt', 'w') ;; f.write('one') ;; f.close() ;; f = open(P + 'g.txt', 'a') ;; f.write('two') ;; f.close() ;; open(P + 'g.txt').read()
f = open(P + 'h.txt', 'w', newline='') ;; f.write('a\r\nb\rc\nd') ;; f.close() ;; open(P + 'h.txt').readlines()
f = open(P + 'i.txt', 'w', newline='') ;; f.write('a\r\nb\rc\nd') ;; f.close() ;; open(P + 'i.txt', newline='').readlines()
f = open(P + 'j.txt', 'w', newline='') ;; f.write('a\r\nb\rc\nd') ;; f.close() ;; open(P + 'j.txt', newline='\n').readlines()
f = open(P + 'k.txt', 'w', newline='\r\n') ;; f.write('a\nb\n') ;; f.close() ;; open(P + 'k.txt', newline='').read()
f = open(P + 'l.txt', 'w') ;; f.close() ;; f.write('x')
f = open(P + 'm.txt', 'w') ;; f.read()
f = open(P + 'n.txt', 'w') ;; f.close() ;; f = open(P + 'n.txt') ;; f.write('x')
f = open(P + 'o.txt', 'w') ;; f.write(5)
f = open(P + 'p.txt', 'w') ;; f.close() ;; f.closed
f = open(P + 'q.txt', 'w') ;; f.name == P + 'q.txt' ;; f.mode
f = open(P + 'r.txt', 'w') ;; f.__enter__() is f ;; f.__exit__(None, None, None) ;; f.closed
f = open(P + 's.txt', 'w') ;; f.write('x') ;; f.close() ;; open(P + 's.txt', 'x')
f = open(P + 't.txt', 'x') ;; f.write('new') ;; f.close() ;; open(P + 't.txt').read()
f = open(P + 'u.txt', 'w') ;; f.write('a\nb\n\nc\n') ;; f.close() ;; f = open(P + 'u.txt') ;; list(iter(f.readline, ''))
f = open(P + 'v.txt', 'w') ;; f.write('12\n34\n') ;; f.close() ;; f = open(P + 'v.txt') ;; f.readline(1) ;; f.readline(5) ;; f.readline(-1)
f = open(P + 'w.txt', 'w') ;; f.write('x\n') ;; f.close() ;; f = open(P + 'w.txt') ;; f.close() ;; next(f)
f = open(P + 'y.txt', 'w') ;; f.write('é€😀') ;; f.close() ;; open(P + 'y.txt', encoding='utf-8').read()
open(P + 'missing.txt')
open(P + 'nodir/x.txt', 'w')
open(P)
open(P + 'x', 'q')
open(P + 'x', 'rw')
open(P + 'x', 'rr')
open(1.5)
open('')
e = 0 ;; open(P + 'missing2.txt')
sys.maxsize
sys.byteorder
sys.platform
sys.version_info[0]
sys.version_info.major
sys.version_info.minor
sys.version_info[3]
sys.version_info.releaselevel
sys.getrecursionlimit()
sys.setrecursionlimit(2000) ;; sys.getrecursionlimit()
sys.setrecursionlimit(0)
sys.setrecursionlimit(1.5)
sys.setswitchinterval(0.001) ;; sys.getswitchinterval()
sys.setswitchinterval(1) ;; sys.getswitchinterval()
sys.setswitchinterval(0.0000001) ;; sys.getswitchinterval()
sys.setswitchinterval(0)
sys.setswitchinterval(-1)
sys.setswitchinterval('a')
sys.getswitchinterval()
sys.intern('abc')
sys.intern(1)
sys.exit(3)
sys.exit()
sys.exit('bye')
sys.modules['sys'] is sys
time.sleep(0)
time.sleep(0.01)
time.sleep(-1)
time.sleep('a')
time.sleep(None)
time.gmtime(0)[0]
time.gmtime(86400 * 400).tm_yday
time.gmtime(1700000000).tm_wday
time.strftime('%Y-%m-%d %H:%M:%S %j %a %A %b %B %p %y %%', time.gmtime(1700000000))
time.asctime(time.gmtime(1700000000))
"""


class Null:
    pass


def normalise(text, tmp):
    return text.replace(tmp, "<P>/")


def run(case, tmp):
    ns = {"P": tmp, "sys": sys, "time": time}
    # Standard output is captured with a StringIO, whose error messages differ from a real TextIOWrapper's:
    # cases about sys.stdout's own errors use sys.stderr instead.
    statements = case.split(" ;; ")
    out = io.StringIO()
    saved_stdin = sys.stdin
    sys.stdin = io.StringIO(STDIN)
    try:
        with contextlib.redirect_stdout(out):
            try:
                result = None
                for i, st in enumerate(statements):
                    last = i == len(statements) - 1
                    head = st.split("=", 1)[0]
                    is_assign = "=" in st and head.strip().isidentifier() and not st.strip().startswith(head.strip() + "==")
                    if is_assign:
                        exec(st, ns)
                        result = None
                    elif last:
                        result = eval(st, ns)
                    else:
                        eval(st, ns)
                if isinstance(result, collections.abc.Iterator) and not isinstance(result, io.IOBase):
                    result = list(result)
                expected = repr(result)
            except BaseException as e:  # noqa: BLE001 (the expectation is the exception)
                expected = "!" + type(e).__name__ + ": " + str(e)
    finally:
        sys.stdin = saved_stdin
    return normalise(expected, tmp), normalise(out.getvalue(), tmp)


def main():
    lines = []
    with tempfile.TemporaryDirectory() as d:
        tmp = d + "/"
        for case in CASES.strip("\n").split("\n"):
            expected, stdout = run(case, tmp)
            assert "\n" not in expected and "\t" not in expected, case
            lines.append(case + "\t" + expected + "\t" + repr(stdout))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote", len(lines), "cases to", os.path.normpath(OUT))


if __name__ == "__main__":
    main()
