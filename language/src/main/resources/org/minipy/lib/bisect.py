"""bisect -- bisection algorithms for sorted lists.

MiniPy's own pure-Python implementation of the standard ``bisect`` module,
written from the documented behaviour (including the ``key`` argument of
Python 3.10+).
"""


def _bounds(a, lo, hi):
    # C's Py_ssize_t arguments: lo takes an int or an __index__, hi also None
    if type(lo) is not int:
        lo = _as_index(lo, "'%s' object cannot be interpreted as an integer")
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    elif type(hi) is not int:
        hi = _as_index(hi, "argument should be integer or None, not '%s'")
    return lo, hi


def _as_index(value, message):
    if isinstance(value, int):
        return int(value)
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise TypeError(message % type(value).__name__)
    return index(value)


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Return the index after the last item equal to x in sorted a[lo:hi].

    key, if given, is applied to the elements of a, not to x.
    """
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid] if key is None else key(a[mid])
        if x < item:
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Return the index of the first item not less than x in sorted a[lo:hi]."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid] if key is None else key(a[mid])
        if item < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into sorted a, after any items equal to it."""
    if key is None:
        lo = bisect_right(a, x, lo, hi)
    else:
        lo = bisect_right(a, key(x), lo, hi, key=key)
    a.insert(lo, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into sorted a, before any items equal to it."""
    if key is None:
        lo = bisect_left(a, x, lo, hi)
    else:
        lo = bisect_left(a, key(x), lo, hi, key=key)
    a.insert(lo, x)


bisect = bisect_right
insort = insort_right


# CPython's bisect is C: a call that does not fit gets its argument parser's message.
from _minipy_lib import c_arguments as _c_arguments
for _f in (bisect_right, bisect_left, insort_right, insort_left):
    _c_arguments('keywords', _f.__name__)(_f)
del _f
