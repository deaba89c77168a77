"""numba.core.registry -- CPUDispatcher, what @njit returns: checks the function at its first call, then runs it
(as MiniPy code compiled by Truffle). With nogil=True the call runs with the GIL released; without, it keeps the GIL
from entry to exit, as numba's machine code (which never looks at the eval breaker) does."""
import _numba
import numba.core.errors as errors


class CPUDispatcher:
    def __init__(self, py_func, targetoptions):
        self.py_func = py_func
        self.targetoptions = targetoptions
        self._nogil = bool(targetoptions.get("nogil", False))
        self._checked = False
        self.__name__ = py_func.__name__
        self.__qualname__ = py_func.__qualname__
        self.__doc__ = py_func.__doc__
        self.__module__ = py_func.__module__
        self.__wrapped__ = py_func

    def _compile(self, args):
        # None: no refusal; else (error class name in numba.core.errors, message in numba's words)
        refusal = _numba.check(self.py_func, args, CPUDispatcher)
        if refusal is not None:
            raise getattr(errors, refusal[0])(refusal[1])
        self._checked = True

    def __call__(self, *args, **kwargs):
        if not self._checked:
            self._compile(args)
        if self._nogil:
            return _numba.call_nogil(self.py_func, args, kwargs)
        return _numba.call_held(self.py_func, args, kwargs)

    @property
    def signatures(self):
        return []

    def __repr__(self):
        return "CPUDispatcher(%r)" % (self.py_func,)
