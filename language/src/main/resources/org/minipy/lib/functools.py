"""functools -- higher-order functions and operations on callable objects.

MiniPy's own pure-Python implementation of the standard ``functools``
module, written from the documented behaviour: reduce, partial, lru_cache,
cache, wraps, update_wrapper, total_ordering, cmp_to_key, cached_property
and singledispatch.
"""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']


################################################################################
# update_wrapper() and wraps()
################################################################################

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the attributes named in assigned,
    update the dicts named in updated, and set wrapper.__wrapped__."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        target = getattr(wrapper, attr)
        source = getattr(wrapped, attr, {})
        for key in source:
            target[key] = source[key]
    # Set last so that copying wrapped's __dict__ cannot overwrite it.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory applying update_wrapper() to a wrapper function."""
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


################################################################################
# total_ordering
################################################################################

def _gt_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other

def _le_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other

def _ge_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result

def _ge_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other

def _lt_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other

def _gt_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result

def _lt_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other

def _ge_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other

def _le_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result

def _le_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other

def _gt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other

def _lt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result


_DERIVED = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt),
               ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le),
               ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt),
               ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge),
               ('__lt__', _lt_from_ge)],
}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods from one of
    __lt__, __le__, __gt__ or __ge__ (preferring them in that order)."""
    roots = []
    for name in ('__lt__', '__le__', '__gt__', '__ge__'):
        if getattr(cls, name, None) is not getattr(object, name, None):
            roots.append(name)
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = roots[0]
    for name, function in _DERIVED[root]:
        if name not in roots:
            function.__name__ = name
            setattr(cls, name, function)
    return cls


################################################################################
# cmp_to_key
################################################################################

class _CmpKey:
    # the common type of all cmp_to_key keys: keys made by different
    # cmp_to_key calls compare with each other (with the left one's function)
    __slots__ = ()


def _other_obj(other):
    if not isinstance(other, _CmpKey):
        raise TypeError('other argument must be K instance')
    return other.obj


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    class KeyWrapper(_CmpKey):
        __qualname__ = 'KeyWrapper'

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, _other_obj(other)) < 0

        def __gt__(self, other):
            return mycmp(self.obj, _other_obj(other)) > 0

        def __eq__(self, other):
            return mycmp(self.obj, _other_obj(other)) == 0

        def __le__(self, other):
            return mycmp(self.obj, _other_obj(other)) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, _other_obj(other)) >= 0

        __hash__ = None
    return KeyWrapper


################################################################################
# reduce
################################################################################

_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing, /, **kwargs):
    """reduce(function, iterable[, initial]) -> value

    Apply a function of two arguments cumulatively to the items of an
    iterable, from left to right, reducing it to a single value.
    """
    if kwargs:
        raise TypeError('reduce() takes no keyword arguments')
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if initial is _initial_missing:
        value = _initial_missing
        for value in it:
            break
        if value is _initial_missing:
            raise TypeError('reduce() of empty iterable with no initial value')
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


################################################################################
# partial
################################################################################

class partial:
    """New function with partial application of the given arguments
    and keywords."""

    def __class_getitem__(cls, item):
        # Cls[int] in annotations: a types.GenericAlias, as in CPython
        import types
        return types.GenericAlias(cls, item)

    def __init__(self, /, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func = args[0]
        args = args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if type(func) is partial:
            args = func.args + args
            merged = dict(func.keywords)
            merged.update(keywords)
            keywords = merged
            func = func.func
        self.func = func
        self.args = tuple(args)
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        merged = dict(self.keywords)
        merged.update(keywords)
        return self.func(*self.args, *args, **merged)

    def __repr__(self):
        parts = [repr(self.func)]
        for arg in self.args:
            parts.append(repr(arg))
        for key, value in self.keywords.items():
            parts.append('%s=%r' % (key, value))
        if type(self) is partial:
            name = 'functools.partial'
        else:
            name = type(self).__qualname__
        return '%s(%s)' % (name, ', '.join(parts))


class partialmethod:
    """Method descriptor with partial application of the given arguments
    and keywords: like partial, but the object it is looked up on comes
    first, before the stored arguments."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend('%s=%r' % (k, v) for k, v in self.keywords.items())
        return 'functools.partialmethod(%s)' % ', '.join(parts)

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = False
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, '__get__', None)
        result = None
        if get is not None:
            new_func = get(obj, cls)
            if new_func is not self.func:
                result = partial(new_func, *self.args, **self.keywords)
        if result is None:
            method = self._make_unbound_method()
            result = method if obj is None else method.__get__(obj, cls)
        return result


################################################################################
# lru_cache and cache
################################################################################

_CacheInfo = None


def _cache_info_type():
    # made on the first cache_info() call, so that importing functools does
    # not import collections (whose namedtuple builds it)
    global _CacheInfo
    if _CacheInfo is None:
        from collections import namedtuple
        _CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'],
                                module='functools')
    return _CacheInfo

_kwd_mark = object()


def _make_key(args, kwds, typed):
    # Keyword arguments are part of the key in the order they were given,
    # so f(a=1, b=2) and f(b=2, a=1) are cached separately (as in CPython).
    # A lone exact int or str argument is its own key, as in CPython's C
    # implementation; so f(3) and f(3.0) are cached apart although 3 == 3.0.
    if not kwds and not typed and len(args) == 1:
        only = args[0]
        if type(only) is int or type(only) is str:
            return only
    key = args
    if kwds:
        key = key + (_kwd_mark,)
        for item in kwds.items():
            key = key + item
    if typed:
        key = key + tuple([type(v) for v in args])
        if kwds:
            key = key + tuple([type(v) for v in kwds.values()])
    return key


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    Usable as @lru_cache, @lru_cache() or @lru_cache(maxsize=...).  With
    maxsize=None the cache grows without bound.  The wrapper has
    cache_info(), cache_clear() and cache_parameters().
    """
    if isinstance(maxsize, int) and not isinstance(maxsize, bool):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function = maxsize
        maxsize = 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError(
            'Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed):
    # The cache is a dict whose insertion order is the recency order:
    # a hit moves its key to the end, and the first key is the oldest.
    cache = {}
    stats = [0, 0]          # hits, misses
    missing = object()

    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.get(key, missing)
            if result is not missing:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result
    else:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.get(key, missing)
            if result is not missing:
                del cache[key]
                cache[key] = result
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            if key in cache:
                # A recursive call already cached this key.
                return result
            if len(cache) >= maxsize:
                del cache[next(iter(cache))]
            cache[key] = result
            return result

    def cache_info():
        """Report cache statistics"""
        return _cache_info_type()(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics"""
        cache.clear()
        stats[0] = 0
        stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def cache(user_function, /):
    """Simple lightweight unbounded cache.  Sometimes called "memoize"."""
    if not callable(user_function):
        raise TypeError('the first argument must be callable')
    return lru_cache(maxsize=None)(user_function)


################################################################################
# cached_property
################################################################################

_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance, then cached in the instance's
    __dict__ as a normal attribute."""

    def __class_getitem__(cls, item):
        # Cls[int] in annotations: a types.GenericAlias, as in CPython
        import types
        return types.GenericAlias(cls, item)

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                'Cannot assign the same cached_property to two different '
                'names (%r and %r).' % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without '
                            'calling __set_name__ on it.')
        try:
            instance_dict = instance.__dict__
        except AttributeError:
            raise TypeError(
                "No '__dict__' attribute on %r instance to cache %r property."
                % (type(instance).__name__, self.attrname)) from None
        value = instance_dict.get(self.attrname, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self.func(instance)
            instance_dict[self.attrname] = value
        return value


################################################################################
# singledispatch
################################################################################

def _union_members(tp):
    # the classes of int | str or typing.Union[int, str]; None for other values
    import types
    if isinstance(tp, types.UnionType):
        return tp.__args__
    if type(tp).__name__ == '_Alias' and getattr(tp, '_form', None) is not None \
            and getattr(tp._form, '_name', None) == 'Union':
        return tp.__args__
    return None


def _dispatch_order(cls, registry):
    """cls's MRO with the registered classes it only virtually derives from
    (ABCs such as collections.abc.Sequence) placed after the last class of
    the MRO that derives from them, the more specific ones first."""
    mro = list(cls.__mro__)
    extra = [t for t in registry
             if t not in mro and isinstance(t, type) and issubclass(cls, t)]
    if not extra:
        return mro
    order = []
    for i, base in enumerate(mro):
        order.append(base)
        here = [t for t in extra if issubclass(base, t) and
                not any(later is not object and issubclass(later, t)
                        for later in mro[i + 1:])]
        for t in here:
            extra.remove(t)
        # most specific first: an ABC before the ABCs it derives from
        while here:
            for t in here:
                if not any(o is not t and issubclass(o, t) for o in here):
                    order.append(t)
                    here.remove(t)
                    break
    obj = order.index(object) if object in order else len(order)
    # anything left derives only through object's position: before object
    return order[:obj] + extra + order[obj:]


def singledispatch(func):
    """Single-dispatch generic function decorator: the implementation is
    chosen by the type of the first argument, following its class's MRO."""
    registry = {}
    dispatch_cache = {}

    def dispatch(cls):
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        impl = None
        for base in _dispatch_order(cls, registry):
            if base in registry:
                impl = registry[base]
                break
        if impl is None:
            impl = registry[object]
        dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        if isinstance(cls, type):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError('Invalid first argument to `register()`. '
                                '%r is not a class.' % (cls,))
            func = cls
            annotations = getattr(func, '__annotations__', {})
            if any(isinstance(a, str) for a in annotations.values()):
                # string annotations (from __future__ import annotations)
                # name classes in the function's module
                from typing import get_type_hints
                annotations = get_type_hints(func)
            cls = None
            for name, annotation in annotations.items():
                if name != 'return':
                    cls = annotation
                    break
            if cls is None:
                raise TypeError(
                    'Invalid first argument to `register()`: %r. Use either '
                    '`@register(some_class)` or plain `@register` on an '
                    'annotated function.' % (func,))
            members = _union_members(cls)
            if members is not None:
                if not all(isinstance(m, type) for m in members):
                    raise TypeError('Invalid annotation for %r. %r not all '
                                    'arguments are classes.' % (name, cls))
                for m in members:
                    registry[m] = func
                dispatch_cache.clear()
                return func
            if not isinstance(cls, type):
                raise TypeError('Invalid annotation for %r. %r is not a class.'
                                % (name, cls))
        registry[cls] = func
        dispatch_cache.clear()
        return func

    funcname = getattr(func, '__name__', 'singledispatch function')

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(funcname + ' requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor: dispatches on the type of
    the first argument after self (or cls)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method


# CPython's reduce and cmp_to_key are C: a call that does not fit gets its argument parser's message.
from _minipy_lib import c_arguments as _c_arguments
_c_arguments('positional', 'reduce')(reduce)
_c_arguments('keywords', 'cmp_to_key')(cmp_to_key)
