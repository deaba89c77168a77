"""numba -- MiniPy's subset of numba (SPEC §6): njit, jit(nopython=True), with nogil.

A decorated function is checked at its first call by org.minipy.numba.NopythonChecker (through the builtin module
_numba): it may use numbers, bools, numpy arrays, locals, arithmetic, comparisons, if, while, for over range, math
and numpy functions and other compiled functions; anything else is refused with numba's TypingError (or
UnsupportedError / CompilerError where numba uses those). Accepted functions run as MiniPy code, compiled by
Truffle like any hot guest code; with nogil=True each call runs with the GIL released (GilControl.enterReleasedNative).
"""
import numba.core
from numba.core.registry import CPUDispatcher

__version__ = "0.56.4"

# numba.prange is range outside parallel=True (and MiniPy runs parallel=True functions serially).
prange = range

_OPTIONS = ("nopython", "nogil", "cache", "fastmath", "parallel", "boundscheck", "error_model", "inline",
            "forceobj", "looplift", "target_backend", "no_cpython_wrapper", "no_cfunc_wrapper", "locals",
            "debug", "_nrt", "pipeline_class")


def _decorate(args, options):
    for name in options:
        if name not in _OPTIONS:
            raise KeyError("Unrecognized options: {'%s'}. Known options are dict_keys(%r)" % (name, list(_OPTIONS)))
    if len(args) == 1 and callable(args[0]) and not isinstance(args[0], (str, list, tuple)):
        return CPUDispatcher(args[0], options)
    # @njit(), @njit("f8(f8)"), @njit(["..."]): signatures are accepted and only make the check eager
    eager = len(args) > 0

    def wrapper(func):
        dispatcher = CPUDispatcher(func, options)
        if eager:
            dispatcher._compile(None)
        return dispatcher
    return wrapper


def njit(*args, **options):
    """Compiles in nopython mode: @njit, @njit(nogil=True, cache=True, fastmath=True)."""
    if "nopython" in options:
        # numba warns and ignores it; MiniPy is always in nopython mode
        del options["nopython"]
    return _decorate(args, options)


def jit(*args, **options):
    """@jit(nopython=True, nogil=...). MiniPy has no object mode: every jit function is compiled in nopython mode."""
    options.pop("nopython", None)
    options.pop("forceobj", None)
    options.pop("looplift", None)
    return _decorate(args, options)
