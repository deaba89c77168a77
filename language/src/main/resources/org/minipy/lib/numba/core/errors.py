"""numba.core.errors -- numba's exception classes. TypingError is what a refused construct raises at a compiled
function's first call; UnsupportedError and CompilerError are raised where numba raises them (with, import, del)."""


class NumbaError(Exception):
    pass


class TypingError(NumbaError):
    pass


class UnsupportedError(NumbaError):
    pass


class CompilerError(NumbaError):
    pass


class NumbaWarning(Warning):
    pass


class NumbaDeprecationWarning(NumbaWarning):
    pass


class NumbaPendingDeprecationWarning(NumbaWarning):
    pass
