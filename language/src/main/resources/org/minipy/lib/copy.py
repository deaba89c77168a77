"""copy -- shallow and deep copy operations.

MiniPy's own pure-Python implementation of the standard ``copy`` module,
written from the documented behaviour.  Classes can customise copying with
``__copy__()`` and ``__deepcopy__(memo)``; other instances are copied by
creating a new object with ``cls.__new__(cls)`` and copying ``__dict__``
(plus the items of list, dict and set subclasses).
"""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

_NoneType = type(None)
_FunctionType = type(lambda: None)
_BuiltinFunctionType = type(len)

# Immutable values: copies are the values themselves.
_ATOMIC = (_NoneType, int, float, bool, str, bytes, type, range,
           _FunctionType, _BuiltinFunctionType, type(Ellipsis),
           type(NotImplemented), property)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _ATOMIC or cls is tuple or cls is frozenset or cls is slice:
        return x
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is bytearray:
        return bytearray(x)
    if isinstance(x, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _user_reduce(x)
    if rv is not None:
        return x if isinstance(rv, str) else _from_reduce(x, None, *rv)
    return _reconstruct(x, None, {})


def _user_reduce(x):
    # A class's own __reduce_ex__ or __reduce__ says how to rebuild it, as
    # for pickling; None when it keeps object's (the generic path below).
    # A str result means "a global": the object itself is used.
    cls = type(x)
    for name in ('__reduce_ex__', '__reduce__'):
        method = getattr(cls, name, None)
        if method is not None and method is not getattr(object, name, None):
            return x.__reduce_ex__(4) if name == '__reduce_ex__' else x.__reduce__()
    return None


def _from_reduce(x, memo, func, args=(), state=None, listiter=None,
                 dictiter=None, *rest):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def _new_instance(x, cls):
    getnewargs = getattr(x, '__getnewargs__', None)
    if getnewargs is not None:
        return cls.__new__(cls, *getnewargs())
    if isinstance(x, tuple):
        return cls.__new__(cls, tuple(x))
    if isinstance(x, frozenset):
        return cls.__new__(cls, frozenset(x))
    if isinstance(x, (int, float, str, bytes)):
        base = int
        for b in (bool, int, float, str, bytes):
            if isinstance(x, b):
                base = b
                break
        return cls.__new__(cls, base(x))
    try:
        return cls.__new__(cls)
    except TypeError:
        if cls.__module__ == 'builtins' or cls.__module__.startswith('_'):
            # a builtin type with no way to be rebuilt (generator, file,
            # dict view): refused in the words of pickling, as CPython does
            name = cls.__qualname__
            if cls.__module__ not in ('builtins', None):
                name = cls.__module__ + '.' + name
            raise TypeError('cannot pickle %r object' % (name,)) from None
        raise


def _reconstruct(x, memo, deep_memo):
    # memo is None for a shallow copy, the deepcopy memo otherwise.
    deep = memo is not None
    cls = type(x)
    if isinstance(x, BaseException):
        # CPython reduces an exception to a call of its class with its args
        # (so __init__ runs again), then restores its __dict__.
        args = deepcopy(x.args, memo) if deep else x.args
        y = cls(*args)
    elif deep and getattr(x, '__getnewargs__', None) is not None:
        args = deepcopy(x.__getnewargs__(), memo)
        y = cls.__new__(cls, *args)
    else:
        y = _new_instance(x, cls)
    if deep:
        memo[id(x)] = y
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not getattr(object, '__getstate__', None):
        state = x.__getstate__()
    else:
        state = object.__getstate__(x)
        if state is None:
            state = getattr(x, '__dict__', None)
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        # (dict, slots) from an instance with __slots__
        state, slotstate = state
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, deepcopy(value, memo) if deep else value)
    if state:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None:
            setstate(state)
        else:
            for key, value in state.items():
                setattr(y, key, value)
    if isinstance(x, list):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            dict.__setitem__(y, key, value)
    elif isinstance(x, set):
        for item in x:
            y.add(deepcopy(item, memo) if deep else item)
    return y


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    memo maps id(original) to its copy, so shared and cyclic structures are
    copied once and keep their shape.
    """
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or isinstance(x, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # The tuple may have been copied already through a cycle.
        if d in memo:
            return memo[d]
        same = True
        for i in range(len(x)):
            if items[i] is not x[i]:
                same = False
                break
        y = x if same else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for item in x:
            y.add(deepcopy(item, memo))
    elif cls is frozenset:
        y = frozenset([deepcopy(item, memo) for item in x])
    elif cls is bytearray:
        y = bytearray(x)
    elif cls is slice:
        y = slice(deepcopy(x.start, memo), deepcopy(x.stop, memo),
                  deepcopy(x.step, memo))
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _user_reduce(x)
            if rv is None:
                y = _reconstruct(x, memo, memo)
            elif isinstance(rv, str):
                y = x
            else:
                y = _from_reduce(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # Keep originals alive while copying, so their ids are not reused.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
