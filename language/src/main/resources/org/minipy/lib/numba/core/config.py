"""numba.core.config -- a few of numba's settings, as read-only values (MiniPy ignores them)."""
DISABLE_JIT = False
NUMBA_NUM_THREADS = 1
NUMBA_DEFAULT_NUM_THREADS = 1
BOUNDSCHECK = None
