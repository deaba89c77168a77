"""concurrent.futures.thread -- where ThreadPoolExecutor lives in CPython."""

from concurrent.futures import ThreadPoolExecutor, _WorkItem, _worker
