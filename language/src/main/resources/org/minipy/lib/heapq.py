"""heapq -- heap queue (priority queue) algorithms.

MiniPy's own pure-Python implementation of the standard ``heapq`` module,
written from the documented behaviour.  Heaps are plain lists where
``heap[k] <= heap[2*k+1]`` and ``heap[k] <= heap[2*k+2]``; only ``<`` is
used to compare items, so classes defining just ``__lt__`` work.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, function, single=False):
    if not isinstance(heap, list):
        got = 'None' if heap is None else type(heap).__name__
        raise TypeError('%s() argument %smust be list, not %s'
                        % (function, '' if single else '1 ', got))


def _sift_towards_root(heap, start, pos):
    # Move heap[pos] up until its parent is not greater than it.
    item = heap[pos]
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
        else:
            break
    heap[pos] = item


def _sift_towards_leaves(heap, pos):
    # Walk the smaller child up to a leaf, then settle the item from pos
    # back towards the root (fewer comparisons than the naive method).
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_towards_root(heap, start, pos)


def _sift_towards_root_max(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if parent < item:
            heap[pos] = parent
            pos = parent_pos
        else:
            break
    heap[pos] = item


def _sift_towards_leaves_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_towards_root_max(heap, start, pos)


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    _check_list(heap, 'heappush')
    heap.append(item)
    _sift_towards_root(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check_list(heap, 'heappop', True)
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_towards_leaves(heap, 0)
        return smallest
    return last


def heapreplace(heap, item):
    """Pop and return the smallest item, then push item (in that order)."""
    _check_list(heap, 'heapreplace')
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sift_towards_leaves(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item, then pop and return the smallest item (fast version)."""
    _check_list(heap, 'heappushpop')
    if heap and heap[0] < item:
        smallest = heap[0]
        heap[0] = item
        _sift_towards_leaves(heap, 0)
        return smallest
    return item


def heapify(x):
    """Transform list x into a heap, in place, in linear time."""
    _check_list(x, 'heapify', True)
    for i in reversed(range(len(x) // 2)):
        _sift_towards_leaves(x, i)


def _heapify_max(x):
    for i in reversed(range(len(x) // 2)):
        _sift_towards_leaves_max(x, i)


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _sift_towards_leaves_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item):
    largest = heap[0]
    heap[0] = item
    _sift_towards_leaves_max(heap, 0)
    return largest


def merge(*iterables, key=None, reverse=False):
    """Merge several sorted inputs into one sorted output (lazily).

    Equal items keep the order of the inputs they come from.
    """
    if reverse:
        direction = -1
        make_heap = _heapify_max
        pop = _heappop_max
        replace = _heapreplace_max
    else:
        direction = 1
        make_heap = heapify
        pop = heappop
        replace = heapreplace
    # Entries are [sort value, order, item, iterator]; order keeps stability
    # and ensures items themselves are never compared when values tie.
    entries = []
    order = 0
    for iterable in iterables:
        it = iter(iterable)
        for item in it:
            value = item if key is None else key(item)
            entries.append([value, order * direction, item, it])
            break
        order += 1
    make_heap(entries)
    while len(entries) > 1:
        while True:
            entry = entries[0]
            yield entry[2]
            found = False
            for item in entry[3]:
                entry[0] = item if key is None else key(item)
                entry[2] = item
                found = True
                break
            if not found:
                pop(entries)
                break
            replace(entries, entry)
    if entries:
        entry = entries[0]
        yield entry[2]
        for item in entry[3]:
            yield item


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements: same as sorted(iterable, key=key)[:n]."""
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        if key is None:
            result = min(it, default=sentinel)
        else:
            result = min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if n <= 0:
        return []
    it = iter(iterable)
    # A max-heap of the n best (value, order, item) seen so far.
    result = []
    order = 0
    for item in it:
        result.append((item if key is None else key(item), order, item))
        order += 1
        if order == n:
            break
    if not result:
        return result
    _heapify_max(result)
    top = result[0][0]
    for item in it:
        value = item if key is None else key(item)
        if value < top:
            _heapreplace_max(result, (value, order, item))
            top = result[0][0]
            order += 1
    result.sort()
    return [entry[2] for entry in result]


def nlargest(n, iterable, key=None):
    """Find the n largest elements: same as
    sorted(iterable, key=key, reverse=True)[:n]."""
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        if key is None:
            result = max(it, default=sentinel)
        else:
            result = max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if n <= 0:
        return []
    it = iter(iterable)
    # A min-heap of the n best (value, -order, item); earlier items win ties.
    result = []
    order = 0
    for item in it:
        result.append((item if key is None else key(item), order, item))
        order -= 1
        if -order == n:
            break
    if not result:
        return result
    heapify(result)
    top = result[0][0]
    for item in it:
        value = item if key is None else key(item)
        if top < value:
            heapreplace(result, (value, order, item))
            top = result[0][0]
            order -= 1
    result.sort(reverse=True)
    return [entry[2] for entry in result]


# CPython's heapq is C: a call that does not fit gets its argument parser's message.
from _minipy_lib import c_arguments as _c_arguments
for _f in (heappush, heapreplace, heappushpop):
    _c_arguments('positional', _f.__name__, '_heapq.' + _f.__name__)(_f)
for _f in (heappop, heapify):
    _c_arguments('one', '_heapq.' + _f.__name__)(_f)
del _f
