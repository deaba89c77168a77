"""concurrent.futures -- run callables asynchronously in a pool of threads.

MiniPy's own ``concurrent.futures``: ``Future`` (result, exception, done,
cancel, add_done_callback), ``ThreadPoolExecutor`` (lazily created,
reused worker threads named ``ThreadPoolExecutor-P_W``; submit, map,
shutdown, context manager), ``as_completed`` and ``wait``. Written from
the documented behaviour of CPython 3.11 over ``threading`` and ``queue``.
"""

import threading
import queue as _queue
import time as _time
from collections import namedtuple

__all__ = ['FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError', 'TimeoutError',
           'BrokenExecutor', 'InvalidStateError', 'Future', 'Executor', 'wait', 'as_completed',
           'ThreadPoolExecutor', 'ProcessPoolExecutor']

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished"
}


class Error(Exception):
    """Base class for all future-related exceptions."""
    __module__ = 'concurrent.futures._base'


class CancelledError(Error):
    """The Future was cancelled."""
    __module__ = 'concurrent.futures._base'


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""
    __module__ = 'concurrent.futures._base'


class BrokenExecutor(RuntimeError):
    """Raised when a executor has become non-functional after a severe failure."""
    __module__ = 'concurrent.futures._base'


class _Waiter:
    """Collects futures as they finish, for wait() and as_completed()."""

    def __init__(self, mode, count):
        self.event = threading.Event()
        self.lock = threading.Lock()
        self.finished = []
        self.mode = mode
        self.count = count

    def _note(self, future):
        with self.lock:
            self.finished.append(future)
            if (self.mode == FIRST_COMPLETED or len(self.finished) >= self.count or
                    (self.mode == FIRST_EXCEPTION and not future.cancelled() and future._exception is not None)):
                self.event.set()

    def add_result(self, future):
        self._note(future)

    def add_exception(self, future):
        self._note(future)

    def add_cancelled(self, future):
        self._note(future)


class Future:
    """The result of an asynchronous computation."""

    def __class_getitem__(cls, item):
        # Cls[int] in annotations: a types.GenericAlias, as in CPython
        import types
        return types.GenericAlias(cls, item)

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception as e:
                import sys
                print('exception calling callback for %r' % self, file=sys.stderr)
                threading._prim.fix_traceback(e)
                threading._prim.print_exception(e)

    def __repr__(self):
        with self._condition:
            if self._state == FINISHED:
                if self._exception:
                    return '<%s at %s state=%s raised %s>' % (
                        self.__class__.__name__, hex(id(self)), _STATE_TO_DESCRIPTION_MAP[self._state],
                        self._exception.__class__.__name__)
                return '<%s at %s state=%s returned %s>' % (
                    self.__class__.__name__, hex(id(self)), _STATE_TO_DESCRIPTION_MAP[self._state],
                    self._result.__class__.__name__)
            return '<%s at %s state=%s>' % (
                self.__class__.__name__, hex(id(self)), _STATE_TO_DESCRIPTION_MAP[self._state])

    def cancel(self):
        with self._condition:
            if self._state in [RUNNING, FINISHED]:
                return False
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

    def _get_result(self):
        if self._exception:
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception as e:
            import sys
            print('exception calling callback for %r' % self, file=sys.stderr)
            threading._prim.fix_traceback(e)
            threading._prim.print_exception(e)

    def result(self, timeout=None):
        with self._condition:
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            elif self._state == FINISHED:
                return self._get_result()
            self._condition.wait(timeout)
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            elif self._state == FINISHED:
                return self._get_result()
            else:
                raise TimeoutError()

    def exception(self, timeout=None):
        with self._condition:
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            elif self._state == FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            elif self._state == FINISHED:
                return self._exception
            else:
                raise TimeoutError()

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            elif self._state == PENDING:
                self._state = RUNNING
                return True
            else:
                raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        with self._condition:
            if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()


DoneAndNotDoneFutures = namedtuple('DoneAndNotDoneFutures', 'done not_done')


class _AcquireFutures:
    """Holds the conditions of all the futures (in a fixed order, so two waits cannot deadlock): a future cannot
    finish between being seen unfinished and getting its waiter, which would otherwise never be told."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for future in self.futures:
            future._condition.acquire()

    def __exit__(self, *args):
        for future in self.futures:
            future._condition.release()


def _install_waiter(fs, mode, count):
    waiter = _Waiter(mode, count)
    for f in fs:
        with f._condition:
            f._waiters.append(waiter)
    return waiter


def _remove_waiter(fs, waiter):
    for f in fs:
        with f._condition:
            if waiter in f._waiters:
                f._waiters.remove(waiter)


def as_completed(fs, timeout=None):
    """Yields the futures in fs as they complete (finished or cancelled)."""
    if timeout is not None:
        end_time = timeout + _time.monotonic()
    fs = set(fs)
    total = len(fs)
    with _AcquireFutures(fs):
        finished = set(f for f in fs if f.done())
        pending = fs - finished
        waiter = _install_waiter(pending, FIRST_COMPLETED, 1)
    try:
        for f in finished:
            yield f
        while pending:
            if timeout is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - _time.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
            waiter.event.wait(wait_timeout)
            with waiter.lock:
                done = waiter.finished
                waiter.finished = []
                waiter.event.clear()
            for f in done:
                if f in pending:
                    pending.remove(f)
                    yield f
    finally:
        _remove_waiter(fs, waiter)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures in fs; returns (done, not_done) sets."""
    fs = set(fs)
    with _AcquireFutures(fs):
        done = set(f for f in fs if f.done())
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and any(not f.cancelled() and f._exception is not None for f in done):
            return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        count = 1 if return_when != ALL_COMPLETED else len(not_done)
        waiter = _install_waiter(not_done, return_when, count)
    waiter.event.wait(timeout)
    _remove_waiter(not_done, waiter)
    done.update(waiter.finished)
    return DoneAndNotDoneFutures(done, fs - done)


class Executor:
    """The abstract executor: submit, map, shutdown, and the context manager."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if timeout is not None:
            end_time = timeout + _time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield fs.pop().result()
                    else:
                        yield fs.pop().result(end_time - _time.monotonic())
            finally:
                _cancel_all(fs)
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


def _cancel_all(fs):
    for future in fs:
        future.cancel()


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            threading._prim.fix_traceback(exc)
            self.future.set_exception(exc)
            self = None
        else:
            self.future.set_result(result)


_shutdown = [False]
_all_executors = []


def _python_exit():
    _shutdown[0] = True
    for ex in list(_all_executors):
        ex._work_queue.put(None)
    for ex in list(_all_executors):
        for t in list(ex._threads):
            t.join()


threading._register_atexit(_python_exit)


def _worker(executor, work_queue):
    while True:
        work_item = work_queue.get(block=True)
        if work_item is not None:
            work_item.run()
            del work_item
            executor._idle_semaphore.release()
            continue
        # None: the executor is shutting down; pass the signal on to the other workers.
        work_queue.put(None)
        return


class ThreadPoolExecutor(Executor):
    """Runs submitted callables in up to max_workers threads, created on demand and reused."""

    _counter = [0]

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (threading._prim.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = _queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._thread_list = []
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        n = ThreadPoolExecutor._counter[0]
        ThreadPoolExecutor._counter[0] = n + 1
        self._thread_name_prefix = thread_name_prefix or ("ThreadPoolExecutor-%d" % n)
        self._initializer = initializer
        self._initargs = initargs
        _all_executors.append(self)

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenExecutor(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown[0]:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            f = Future()
            w = _WorkItem(f, fn, args, kwargs)
            self._work_queue.put(w)
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix, num_threads)
            init = self._initializer
            initargs = self._initargs
            q = self._work_queue

            def work():
                if init is not None:
                    try:
                        init(*initargs)
                    except BaseException:
                        self._broken = 'A thread initializer failed, the thread pool is not usable anymore'
                        return
                _worker(self, q)
            t = threading.Thread(name=thread_name, target=work)
            t.start()
            self._threads.add(t)
            self._thread_list.append(t)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except _queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in self._thread_list:
                t.join()
        if self in _all_executors and wait:
            _all_executors.remove(self)


class ProcessPoolExecutor(Executor):
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("ProcessPoolExecutor is not supported by MiniPy yet")
