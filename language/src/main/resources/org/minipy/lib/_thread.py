"""_thread -- low-level threading primitives.

MiniPy's ``_thread``, written in Python over the Java primitives of
``_minipy_thread``: real OS threads that run guest code under the GIL,
the basic lock (a blocking acquire releases the GIL, an uncontended one
does not) and the reentrant lock.
"""

import _minipy_thread as _prim

error = RuntimeError
TIMEOUT_MAX = 9223372036.0

_counter = [0]


def get_ident():
    return _prim.get_ident()


def get_native_id():
    return _prim.get_native_id()


def start_new_thread(function, args, kwargs=None):
    if not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError("optional 3rd arg must be a dictionary")
    kw = {} if kwargs is None else kwargs

    def call():
        function(*args, **kw)
    _counter[0] += 1
    return _prim.start(call, "Dummy-" + str(_counter[0]))


start_new = start_new_thread


def _start_named(function, name):
    """MiniPy: start function() in a new thread whose OS name is name."""
    return _prim.start(function, name)


class lock:
    """A primitive lock: not owned, so any thread may release it."""

    def __init__(self):
        self._h = _prim.lock()

    def acquire(self, blocking=True, timeout=-1):
        return _prim.lock_acquire(self._h, blocking, timeout)

    def release(self):
        _prim.lock_release(self._h)

    def locked(self):
        return _prim.lock_locked(self._h)

    def __enter__(self):
        return _prim.lock_acquire(self._h, True, -1)

    def __exit__(self, t, v, tb):
        _prim.lock_release(self._h)

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def __repr__(self):
        state = "locked" if self.locked() else "unlocked"
        return "<%s _thread.lock object at %s>" % (state, hex(id(self)))


LockType = lock


def allocate_lock():
    return lock()


allocate = allocate_lock


class RLock:
    """A reentrant lock: owned by the thread that acquired it, counted."""

    def __init__(self):
        self._block = lock()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = _prim.get_ident()
        if self._owner == me:
            self._count += 1
            return True
        if self._block.acquire(blocking, timeout):
            self._owner = me
            self._count = 1
            return True
        return False

    __enter__ = acquire

    def release(self):
        if self._owner != _prim.get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    def _is_owned(self):
        return self._owner == _prim.get_ident()

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def __repr__(self):
        state = "locked" if self._block.locked() else "unlocked"
        return "<%s _thread.RLock object owner=%d count=%d at %s>" % (
            state, self._owner or 0, self._count, hex(id(self)))


def _count():
    import threading
    return threading.active_count() - 1


def stack_size(size=0):
    if size != 0:
        raise ValueError("setting the stack size is not supported by MiniPy")
    return 0


def interrupt_main(signum=2):
    raise NotImplementedError("_thread.interrupt_main is not supported by MiniPy")
