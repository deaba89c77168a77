"""concurrent.futures._base -- the Future machinery, as CPython names its module."""

from concurrent.futures import (Future, Executor, CancelledError, TimeoutError, InvalidStateError,
                                BrokenExecutor, as_completed, wait, FIRST_COMPLETED, FIRST_EXCEPTION,
                                ALL_COMPLETED, DoneAndNotDoneFutures, Error)
