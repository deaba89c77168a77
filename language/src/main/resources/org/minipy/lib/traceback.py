"""traceback -- MiniPy's subset: printing and formatting exceptions.

The text is the interpreter's own (what an uncaught exception prints), so
``format_exc()`` and ``print_exc()`` match CPython's output.  Frame objects
do not exist in MiniPy: ``extract_tb``/``extract_stack``/``print_stack`` and
``walk_tb`` are refused with NotImplementedError.
"""

import sys
import _minipy_thread as _prim

__all__ = ['format_exc', 'print_exc', 'format_exception', 'print_exception',
           'format_exception_only', 'print_last', 'format_tb', 'print_tb']

_sentinel = object()


def _value(exc, value):
    # format_exception(exc) (3.10+) and format_exception(type, value, tb)
    if value is _sentinel:
        if exc is None or isinstance(exc, type):
            return None
        return exc
    return value


def _lines(text):
    return text.splitlines(keepends=True)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value = _value(exc, value)
    if value is None:
        return ['NoneType: None\n']
    _prim.fix_traceback(value)
    return _lines(_prim.format_exception(value, chain, True))


def format_exception_only(exc, /, value=_sentinel):
    value = _value(exc, value)
    if value is None:
        return ['NoneType: None\n']
    return _lines(_prim.format_exception(value, False, False))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def format_tb(tb, limit=None):
    raise NotImplementedError("MiniPy's traceback module has no frame objects: format_tb() is not supported "
                              "(use format_exception(exc))")


def print_tb(tb, limit=None, file=None):
    raise NotImplementedError("MiniPy's traceback module has no frame objects: print_tb() is not supported "
                              "(use print_exception(exc))")


def _no_frames(name):
    def refuse(*args, **kwargs):
        raise NotImplementedError("MiniPy's traceback module has no frame objects: %s() is not supported" % name)
    refuse.__name__ = name
    return refuse


extract_tb = _no_frames("extract_tb")
extract_stack = _no_frames("extract_stack")
format_stack = _no_frames("format_stack")
print_stack = _no_frames("print_stack")
walk_tb = _no_frames("walk_tb")
walk_stack = _no_frames("walk_stack")
