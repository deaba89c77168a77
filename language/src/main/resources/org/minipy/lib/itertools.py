"""itertools -- functions creating iterators for efficient looping.

MiniPy's own pure-Python implementation of the standard ``itertools``
module, written from the documented behaviour.  Like CPython's versions,
the functions here call iter() on their arguments (and check them) when
they are called, and then produce their results lazily.
"""

import sys
from _minipy_lib import retype as _retype, c_arguments as _c_arguments

__all__ = ['count', 'cycle', 'repeat', 'accumulate', 'chain', 'compress',
           'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'starmap', 'takewhile', 'tee', 'zip_longest', 'product',
           'permutations', 'combinations', 'combinations_with_replacement']

_MISSING = object()


def _generator():
    yield


_GENERATOR = type(_generator())


def _iterator_class(cls):
    # The classes below are CPython's iterator types; their instances are the
    # generators that do the work, re-typed (see _retype), so a class only
    # needs a __new__ that starts the generator.
    cls.__iter__ = _GENERATOR.__iter__
    cls.__next__ = _GENERATOR.__next__
    return cls


def _as_index(value):
    # what a C argument of type Py_ssize_t accepts: an int or an __index__
    if isinstance(value, int):
        return value
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return index(value)


def _is_number(x):
    if isinstance(x, (int, float)):
        return True
    t = type(x)
    return (hasattr(t, '__index__') or hasattr(t, '__int__')
            or hasattr(t, '__float__') or hasattr(t, '__complex__'))


################################################################################
# Infinite iterators
################################################################################

class count:
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return 'count(%r)' % (self._value,)
        return 'count(%r, %r)' % (self._value, self._step)


@_iterator_class
class cycle:
    """cycle(p) --> p0, p1, ... plast, p0, p1, ... (saving a copy of p)"""

    def __new__(cls, iterable):
        return _retype(_cycle(iter(iterable)), cls)


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


class repeat:
    """repeat(object [,times]) -> object, object, ... (times times, or
    endlessly when times is not given)"""

    def __init__(self, object, times=None):
        self._object = object
        if times is not None:
            times = _as_index(times)
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %d)' % (self._object, self._times)


################################################################################
# Iterators terminating on the shortest input sequence
################################################################################

@_iterator_class
class accumulate:
    """Return a series of accumulated sums (or other binary function results)."""

    def __new__(cls, iterable, func=None, *, initial=None):
        return _retype(_accumulate(iter(iterable), func, initial), cls)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        total = next(it, _MISSING)
        if total is _MISSING:
            return
    yield total
    for element in it:
        if func is None:
            total = total + element
        else:
            total = func(total, element)
        yield total


@_iterator_class
class chain:
    """chain(*iterables) --> elements of the first iterable until it is
    exhausted, then elements of the next, and so on."""

    def __new__(cls, *iterables):
        return _retype(_chain(iter(iterables)), cls)

    @classmethod
    def from_iterable(cls, iterable):
        """chain.from_iterable(iterable) --> like chain(*iterable), lazily."""
        return _retype(_chain(iter(iterable)), cls)


def _chain(sources):
    for source in sources:
        for element in source:
            yield element


@_iterator_class
class compress:
    """Return data elements corresponding to true selector elements."""

    def __new__(cls, data, selectors):
        return _retype(_compress(iter(data), iter(selectors)), cls)


def _compress(data, selectors):
    while True:
        datum = next(data, _MISSING)
        if datum is _MISSING:
            return
        selector = next(selectors, _MISSING)
        if selector is _MISSING:
            return
        if selector:
            yield datum


@_iterator_class
class dropwhile:
    """Drop items while predicate(item) is true; afterwards return every item."""

    def __new__(cls, predicate, iterable):
        return _retype(_dropwhile(predicate, iter(iterable)), cls)


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


@_iterator_class
class takewhile:
    """Return successive entries as long as predicate(entry) is true."""

    def __new__(cls, predicate, iterable):
        return _retype(_takewhile(predicate, iter(iterable)), cls)


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            return


@_iterator_class
class filterfalse:
    """Return the items for which function(item) is false (or, if function
    is None, the items that are false)."""

    def __new__(cls, function, iterable):
        return _retype(_filterfalse(function, iter(iterable)), cls)


def _filterfalse(function, it):
    for x in it:
        if function is None:
            if not x:
                yield x
        elif not function(x):
            yield x


@_iterator_class
class starmap:
    """Return function(*args) for each args tuple in iterable."""

    def __new__(cls, function, iterable):
        return _retype(_starmap(function, iter(iterable)), cls)


def _starmap(function, it):
    for args in it:
        # tuple() gives CPython's "'int' object is not iterable" for a bad item
        yield function(*tuple(args))


@_iterator_class
class pairwise:
    """Return successive overlapping pairs: pairwise('ABCD') --> AB BC CD"""

    def __new__(cls, iterable):
        return _retype(_pairwise(iter(iterable)), cls)


def _pairwise(it):
    previous = next(it, _MISSING)
    if previous is _MISSING:
        return
    for current in it:
        yield (previous, current)
        previous = current


@_iterator_class
class zip_longest:
    """Like zip(), but continues until the longest iterable is exhausted,
    filling in missing values with fillvalue."""

    def __new__(cls, *iterables, **kwargs):
        fillvalue = kwargs.pop('fillvalue', None)
        if kwargs:
            raise TypeError('zip_longest() got an unexpected keyword argument')
        return _retype(_zip_longest([iter(x) for x in iterables], fillvalue), cls)


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i in range(len(iterators)):
            it = iterators[i]
            if it is None:
                values.append(fillvalue)
                continue
            value = next(it, _MISSING)
            if value is _MISSING:
                active -= 1
                if not active:
                    return
                iterators[i] = None
                value = fillvalue
            values.append(value)
        yield tuple(values)


_ISLICE_STOP = ('Stop argument for islice() must be None or an integer: '
                '0 <= x <= sys.maxsize.')
_ISLICE_INDICES = ('Indices for islice() must be None or an integer: '
                   '0 <= x <= sys.maxsize.')
_ISLICE_STEP = 'Step for islice() must be a positive integer or None.'


def _islice_index(value):
    # An index value, or -1 when it is not a suitable integer.
    if not isinstance(value, int):
        index = getattr(type(value), '__index__', None)
        if index is None:
            return -1
        value = index(value)
    if value < 0 or value > sys.maxsize:
        return -1
    return value


@_iterator_class
class islice:
    """islice(iterable, stop) or islice(iterable, start, stop[, step])

    Like a slice of the iterable's elements, lazily; consumes only as many
    items as needed (the skipped ones up to stop included).
    """

    def __new__(cls, *args):
        if len(args) < 2:
            raise TypeError('islice expected at least 2 arguments, got %d' % len(args))
        if len(args) > 4:
            raise TypeError('islice expected at most 4 arguments, got %d' % len(args))
        iterable = args[0]
        start = 0
        stop = None
        step = 1
        if len(args) == 2:
            if args[1] is not None:
                stop = _islice_index(args[1])
                if stop == -1:
                    raise ValueError(_ISLICE_STOP)
        else:
            if args[1] is not None:
                start = _islice_index(args[1])
            if args[2] is not None:
                stop = _islice_index(args[2])
                if stop == -1:
                    raise ValueError(_ISLICE_STOP)
            if start < 0:
                raise ValueError(_ISLICE_INDICES)
            if len(args) == 4 and args[3] is not None:
                step = _islice_index(args[3])
            if step < 1:
                raise ValueError(_ISLICE_STEP)
        return _retype(_islice(iter(iterable), start, stop, step), cls)


def _islice(it, start, stop, step):
    consumed = 0
    wanted = start
    while True:
        while consumed < wanted:
            if next(it, _MISSING) is _MISSING:
                return
            consumed += 1
        if stop is not None and consumed >= stop:
            return
        item = next(it, _MISSING)
        if item is _MISSING:
            return
        consumed += 1
        wanted += step
        if stop is not None and wanted > stop:
            wanted = stop
        yield item


class groupby:
    """groupby(iterable, key=None) -> (key, group) pairs for runs of
    consecutive items with equal keys.  A group is only valid until the
    groupby object is advanced."""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _MISSING
        self._currkey = _MISSING
        self._currvalue = _MISSING
        self._current_grouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        if self._keyfunc is None:
            key = value
        else:
            key = self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._current_grouper = None
        while True:
            if self._currkey is _MISSING:
                pass
            elif self._tgtkey is _MISSING:
                break
            elif not (self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._current_grouper = grouper
        return (self._currkey, grouper)


class _grouper:
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._current_grouper is not self:
            raise StopIteration
        if parent._currvalue is _MISSING:
            parent._step()
        if not (self._tgtkey == parent._currkey):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _MISSING
        parent._currkey = _MISSING
        return value


class _TeeLink:
    def __init__(self, value):
        self.value = value
        self.next = None


class _tee:
    # All the iterators made by one tee() share the source iterator and a
    # singly linked list of the values fetched so far.
    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            value = next(self._it)
            link.next = _TeeLink(value)
        self._link = link.next
        return self._link.value

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(iterable, n=2):
    """Return a tuple of n independent iterators over one iterable."""
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        # Like CPython: a tee iterator passed in is itself the first result.
        first = it
    else:
        first = _tee(it, _TeeLink(None))
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


################################################################################
# Combinatoric iterators
################################################################################

@_iterator_class
class product:
    """Cartesian product of input iterables, in lexicographic order."""

    def __new__(cls, *iterables, repeat=1):
        repeat = _as_index(repeat)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in iterables] * repeat
        return _retype(_product(pools), cls)


def _product(pools):
    for pool in pools:
        if not pool:
            return
    size = len(pools)
    indices = [0] * size
    yield tuple([pool[0] for pool in pools])
    while True:
        # Advance the odometer: the rightmost wheel turns fastest.
        position = size - 1
        while position >= 0:
            indices[position] += 1
            if indices[position] < len(pools[position]):
                break
            indices[position] = 0
            position -= 1
        if position < 0:
            return
        yield tuple([pools[i][indices[i]] for i in range(size)])


def _check_r(r, n):
    if r is None:
        return n
    if not isinstance(r, int):
        raise TypeError('Expected int as r')
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


@_iterator_class
class permutations:
    """Successive r-length permutations of elements, in lexicographic order
    of their positions."""

    def __new__(cls, iterable, r=None):
        pool = tuple(iterable)
        r = _check_r(r, len(pool))
        return _retype(_permutations(pool, r), cls)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    used = [False] * n
    for i in indices:
        used[i] = True
    yield tuple([pool[i] for i in indices])
    while True:
        # Find the rightmost position that can take a larger unused index,
        # then fill the positions after it with the smallest unused ones.
        position = r - 1
        while position >= 0:
            current = indices[position]
            used[current] = False
            candidate = current + 1
            while candidate < n and used[candidate]:
                candidate += 1
            if candidate < n:
                indices[position] = candidate
                used[candidate] = True
                smallest = 0
                for j in range(position + 1, r):
                    while used[smallest]:
                        smallest += 1
                    indices[j] = smallest
                    used[smallest] = True
                break
            position -= 1
        if position < 0:
            return
        yield tuple([pool[i] for i in indices])


@_iterator_class
class combinations:
    """r-length subsequences of elements, in lexicographic order of their
    positions (each element used at most once)."""

    def __new__(cls, iterable, r):
        r = _check_r(_as_index(r), 0)
        pool = tuple(iterable)
        return _retype(_combinations(pool, r), cls)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        position = r - 1
        while position >= 0 and indices[position] == position + n - r:
            position -= 1
        if position < 0:
            return
        indices[position] += 1
        for j in range(position + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[i] for i in indices])


@_iterator_class
class combinations_with_replacement:
    """r-length subsequences of elements allowing individual elements to be
    repeated, in lexicographic order of their positions."""

    def __new__(cls, iterable, r):
        r = _check_r(_as_index(r), 0)
        pool = tuple(iterable)
        return _retype(_combinations_with_replacement(pool, r), cls)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        position = r - 1
        while position >= 0 and indices[position] == n - 1:
            position -= 1
        if position < 0:
            return
        value = indices[position] + 1
        for j in range(position, r):
            indices[j] = value
        yield tuple([pool[i] for i in indices])


# A call that does not fit gets the message of the C original's argument parser.
for _f, _kind, _name in ((count.__init__, 'keywords', 'count'), (repeat.__init__, 'keywords', 'repeat'),
                         (cycle.__new__, 'positional', 'cycle'), (accumulate.__new__, 'keywords', 'accumulate'),
                         (compress.__new__, 'keywords', 'compress'), (dropwhile.__new__, 'positional', 'dropwhile'),
                         (takewhile.__new__, 'positional', 'takewhile'), (filterfalse.__new__, 'positional', 'filterfalse'),
                         (starmap.__new__, 'positional', 'starmap'), (pairwise.__new__, 'positional', 'pairwise'),
                         (permutations.__new__, 'keywords', 'permutations'), (combinations.__new__, 'keywords', 'combinations'),
                         (combinations_with_replacement.__new__, 'keywords', 'combinations_with_replacement'),
                         (groupby.__init__, 'keywords', 'groupby'), (product.__new__, 'keywords', 'product')):
    _c_arguments(_kind, _name)(_f)
_c_arguments('positional', 'tee', 'itertools.tee')(tee)
_c_arguments('positional', 'islice')(islice.__new__)
_c_arguments('one', 'chain.from_iterable')(chain.__dict__['from_iterable'].__func__)
del _f, _kind, _name
