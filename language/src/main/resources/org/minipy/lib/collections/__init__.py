"""collections -- container datatypes.

MiniPy's own pure-Python implementation of the standard ``collections``
module, written from the documented behaviour: namedtuple, deque, Counter,
defaultdict, OrderedDict and ChainMap.  namedtuple builds its classes with
``type(name, (tuple,), namespace)`` (no exec/eval); Counter, defaultdict and
OrderedDict subclass ``dict``.
"""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'defaultdict', 'deque',
           'namedtuple', 'UserDict', 'UserList', 'UserString']

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield'])


def _class_getitem(cls, item):
    # deque[int] and the like: a types.GenericAlias (dict subclasses get it from dict)
    import types
    return types.GenericAlias(cls, item)


def _is_mapping(obj):
    return isinstance(obj, dict) or (hasattr(obj, 'keys') and
                                     hasattr(obj, '__getitem__'))


def _join_names(names):
    # 'x' / 'x' and 'y' / 'x', 'y', and 'z' -- as in TypeError messages.
    quoted = ["'" + name + "'" for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


################################################################################
# namedtuple
################################################################################

def _make_field_getter(index):
    def getter(self):
        return self[index]
    return getter


def _read_only_field(self, value=None):
    raise AttributeError("can't set attribute")


def _undeletable_field(self):
    raise AttributeError("can't delete attribute")


def namedtuple(typename, field_names, *, rename=False, defaults=None,
               module=None):
    """Return a new tuple subclass with named fields.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point(11, y=22)
    Point(x=11, y=22)
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith('_') or name in seen):
                field_names[index] = '_' + str(index)
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             'identifiers: ' + repr(name))
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a '
                             'keyword: ' + repr(name))

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             + repr(name))
        if name in seen:
            raise ValueError('Encountered duplicate field name: ' + repr(name))
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(field_names[len(field_names) - len(defaults):],
                                  defaults))

    fields = tuple(field_names)
    num_fields = len(fields)
    arg_list = ', '.join(fields)
    if num_fields == 1:
        arg_list += ','     # CPython's text: it is the generated lambda's parameter list

    def __new__(_cls, *args, **kwargs):
        owner = typename + '.__new__()'
        if len(args) > num_fields:
            if field_defaults:
                takes = 'from %d to %d positional arguments' % (
                    num_fields - len(field_defaults) + 1, num_fields + 1)
            else:
                takes = '%d positional argument%s' % (
                    num_fields + 1, '' if num_fields == 0 else 's')
            raise TypeError('%s takes %s but %d were given'
                            % (owner, takes, len(args) + 1))
        values = list(args)
        for name in kwargs:
            if name not in fields:
                raise TypeError('%s got an unexpected keyword argument %r'
                                % (owner, name))
            if fields.index(name) < len(args):
                raise TypeError('%s got multiple values for argument %r'
                                % (owner, name))
        missing = []
        for index in range(len(args), num_fields):
            name = fields[index]
            if name in kwargs:
                values.append(kwargs[name])
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing.append(name)
        if missing:
            raise TypeError('%s missing %d required positional argument%s: %s'
                            % (owner, len(missing),
                               '' if len(missing) == 1 else 's',
                               _join_names(missing)))
        return tuple.__new__(_cls, values)

    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, arg_list)

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != num_fields:
            raise TypeError('Expected %d arguments, got %d'
                            % (num_fields, len(result)))
        return result

    _make.__doc__ = 'Make a new %s object from a sequence or iterable' % typename

    def _replace(self, **kwds):
        values = []
        for name, value in zip(fields, self):
            if name in kwds:
                values.append(kwds.pop(name))
            else:
                values.append(value)
        result = self._make(values)
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return result

    _replace.__doc__ = ('Return a new %s object replacing specified fields '
                        'with new values' % typename)

    def __repr__(self):
        parts = []
        for name, value in zip(fields, self):
            parts.append(name + '=' + repr(value))
        return self.__class__.__name__ + '(' + ', '.join(parts) + ')'

    def _asdict(self):
        """Return a new dict which maps field names to their values."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """Return self as a plain tuple.  Used by copy and pickle."""
        return tuple(self)

    namespace = {
        '__doc__': '%s(%s)' % (typename, arg_list),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': staticmethod(__new__),
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for index, name in enumerate(fields):
        namespace[name] = property(_make_field_getter(index),
                                   _read_only_field, _undeletable_field,
                                   doc='Alias for field number %d' % index)
    if module is None:
        # the module that called namedtuple(), as CPython finds it
        import sys
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        namespace['__module__'] = module
    return type(typename, (tuple,), namespace)


################################################################################
# deque
################################################################################

class deque:
    """deque([iterable[, maxlen]]) --> deque object

    A list-like sequence optimized for data accesses near its endpoints.
    Stored as a Python list plus the index of the first live slot, so
    append, pop and popleft are amortised O(1).
    """

    __class_getitem__ = classmethod(_class_getitem)

    def __init__(self, iterable=None, maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._data = []
        self._head = 0
        self._state = 0
        if iterable is not None:
            self.extend(iterable)

    # -- internal helpers ---------------------------------------------------
    def _items(self):
        if self._head:
            return self._data[self._head:]
        return list(self._data)

    def _reset(self, items):
        self._data = items
        self._head = 0
        self._state += 1

    def _position(self, index):
        size = len(self._data) - self._head
        if not isinstance(index, int):
            raise TypeError('sequence index must be integer, not %r'
                            % type(index).__name__)
        if index < 0:
            index += size
        if index < 0 or index >= size:
            raise IndexError('deque index out of range')
        return self._head + index

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    # -- adding and removing ------------------------------------------------
    def append(self, x):
        """Add an element to the right side of the deque."""
        self._state += 1
        self._data.append(x)
        if self._maxlen is not None and len(self._data) - self._head > self._maxlen:
            self._drop_left()

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._state += 1
        if self._head:
            self._head -= 1
            self._data[self._head] = x
        else:
            self._data.insert(0, x)
        if self._maxlen is not None and len(self._data) - self._head > self._maxlen:
            self._data.pop()

    def _drop_left(self):
        data = self._data
        item = data[self._head]
        data[self._head] = None
        self._head += 1
        if self._head >= len(data):
            self._data = []
            self._head = 0
        elif self._head > 16 and self._head * 2 > len(data):
            del data[:self._head]
            self._head = 0
        return item

    def pop(self):
        """Remove and return the rightmost element."""
        if len(self._data) == self._head:
            raise IndexError('pop from an empty deque')
        self._state += 1
        item = self._data.pop()
        if len(self._data) == self._head:
            self._data = []
            self._head = 0
        return item

    def popleft(self):
        """Remove and return the leftmost element."""
        if len(self._data) == self._head:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._drop_left()

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = self._items()
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = self._items()
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._reset([])

    def insert(self, index, x):
        """Insert x before index."""
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        items = self._items()
        items.insert(index, x)
        self._reset(items)

    def remove(self, value):
        """Remove the first occurrence of value."""
        items = self._items()
        for i in range(len(items)):
            if items[i] == value:
                del items[i]
                self._reset(items)
                return
        raise ValueError('%r is not in deque' % (value,))

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (to the left if n < 0)."""
        if type(n) is not int:
            if not hasattr(type(n), '__index__'):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(n).__name__)
            n = n.__index__()
        size = len(self)
        if size <= 1:
            return
        n = n % size
        if n:
            items = self._items()
            self._reset(items[size - n:] + items[:size - n])

    def reverse(self):
        """Reverse the deque in place."""
        items = self._items()
        items.reverse()
        self._reset(items)

    def count(self, value):
        """Return the number of occurrences of value."""
        total = 0
        for item in self._items():
            if item == value:
                total += 1
        return total

    def index(self, value, start=0, stop=None):
        """Return the first index of value (in [start, stop))."""
        items = self._items()
        size = len(items)
        if stop is None:
            stop = size
        if start < 0:
            start = max(start + size, 0)
        if stop < 0:
            stop = max(stop + size, 0)
        for i in range(start, min(stop, size)):
            if items[i] == value:
                return i
        raise ValueError('%r is not in deque' % (value,))

    def copy(self):
        """Return a shallow copy of the deque."""
        return self.__class__(self._items(), self._maxlen)

    __copy__ = copy

    # -- container protocol -------------------------------------------------
    def __len__(self):
        return len(self._data) - self._head

    def __bool__(self):
        return len(self._data) > self._head

    def __iter__(self):
        state = self._state
        position = 0
        while True:
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            index = self._head + position
            if index >= len(self._data):
                return
            yield self._data[index]
            position += 1

    def __reversed__(self):
        state = self._state
        position = len(self) - 1
        while position >= 0:
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            yield self._data[self._head + position]
            position -= 1

    def __getitem__(self, index):
        return self._data[self._position(index)]

    def __setitem__(self, index, value):
        self._data[self._position(index)] = value

    def __delitem__(self, index):
        position = self._position(index)
        items = self._items()
        del items[position - self._head]
        self._reset(items)

    def __contains__(self, value):
        for item in self._items():
            if item is value or item == value:
                return True
        return False

    def __repr__(self):
        body = repr(self._items())
        if self._maxlen is None:
            return self.__class__.__name__ + '(' + body + ')'
        return '%s(%s, maxlen=%d)' % (self.__class__.__name__, body, self._maxlen)

    __hash__ = None

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() == other._items()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() != other._items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() < other._items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() <= other._items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() > other._items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() >= other._items()

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.__class__(None, self._maxlen)
        for _ in range(n):
            result.extend(self._items())
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._items()
        self.clear()
        for _ in range(n):
            self.extend(items)
        return self


# CPython's deque is C: a call that does not fit gets its argument parser's message.
from _minipy_lib import c_arguments as _c_arguments
_c_arguments('keywords', 'deque')(deque.__init__)
for _name in ('append', 'appendleft', 'extend', 'extendleft', 'count', 'remove'):
    _c_arguments('one', 'deque.' + _name)(getattr(deque, _name))
for _name in ('pop', 'popleft', 'clear', 'reverse', 'copy'):
    _c_arguments('none', 'deque.' + _name)(getattr(deque, _name))
for _name in ('insert', 'index'):
    _c_arguments('tuple', _name, 'deque.' + _name)(getattr(deque, _name))
_c_arguments('positional', 'deque.rotate')(deque.rotate)
del _name


################################################################################
# Counter
################################################################################

class Counter(dict):
    """Dict subclass for counting hashable items (a multiset).

    >>> Counter('abracadabra').most_common(3)
    [('a', 5), ('b', 2), ('r', 2)]
    """

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """The count of elements not in the Counter is zero."""
        return 0

    def total(self):
        """Sum of the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts, most common
        first; elements with equal counts stay in insertion order."""
        items = sorted(self.items(), key=_second, reverse=True)
        if n is None:
            return items
        if n < 0:
            n = 0
        return items[:n]

    def elements(self):
        """Iterate over elements, each repeated as many times as its count."""
        result = []
        for elem, count in self.items():
            for _ in range(count):
                result.append(elem)
        return iter(result)

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts from an iterable or mapping (and keyword arguments)."""
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    for elem in iterable.keys():
                        self[elem] = iterable[elem] + self.get(elem, 0)
                else:
                    for elem in iterable.keys():
                        dict.__setitem__(self, elem, iterable[elem])
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts; counts may become zero or negative."""
        if iterable is not None:
            if _is_mapping(iterable):
                for elem in iterable.keys():
                    self[elem] = self.get(elem, 0) - iterable[elem]
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return self.__class__(self)

    def __copy__(self):
        return self.__class__(self)

    def __delitem__(self, elem):
        """Like dict.__delitem__() but does not raise KeyError."""
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return self.__class__.__name__ + '()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            shown = dict(self)
        return self.__class__.__name__ + '(' + repr(shown) + ')'

    # Multiset comparisons: missing elements count as zero.
    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if self[e] != other[e]:
                    return False
        return True

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not self[e] <= other[e]:
                    return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not self[e] >= other[e]:
                    return False
        return True

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, c in self.items() if not c > 0]:
            dict.__delitem__(self, elem)
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _second(pair):
    return pair[1]


################################################################################
# defaultdict
################################################################################

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

    A missing key is set to default_factory() when looked up with d[key].
    """

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        return '%s(%r, %s)' % (self.__class__.__name__, self.default_factory,
                               dict.__repr__(self))

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return self.__class__(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.__class__(self.default_factory, other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
# OrderedDict
################################################################################

class OrderedDict(dict):
    """Dictionary that remembers insertion order, with move_to_end() and
    popitem(last=...).  Built on the (insertion-ordered) dict."""

    def popitem(self, last=True):
        """Remove and return a (key, value) pair, LIFO if last else FIFO."""
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            key = next(reversed(self.keys()))
        else:
            key = next(iter(self.keys()))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        """Move an existing key to either end (the right end if last)."""
        if key not in self:
            raise KeyError(key)
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def __repr__(self):
        if not self:
            return self.__class__.__name__ + '()'
        return '%s(%r)' % (self.__class__.__name__, list(self.items()))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self.keys()) == list(other.keys())
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return self.__class__(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable."""
        result = cls()
        for key in iterable:
            result[key] = value
        return result

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.__class__(self)
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.__class__(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
# Loaded on first use (PEP 562): collections.abc, and the classes built on its
# ABCs.  CPython imports collections.abc at start-up, so programs may use
# collections.abc after a plain "import collections"; here that first use
# imports it.
################################################################################

_ABC_DERIVED = frozenset(['ChainMap', 'UserDict', 'UserList', 'UserString'])


def __getattr__(name):
    if name in _ABC_DERIVED:
        import collections._abc_derived as derived
        g = globals()
        for n in _ABC_DERIVED:
            g[n] = getattr(derived, n)
        return g[name]
    if name == 'abc':
        import collections.abc
        return globals()['abc']
    raise AttributeError("module 'collections' has no attribute '%s'" % name)


def __dir__():
    return sorted(set(globals()) | _ABC_DERIVED | {'abc'})
