"""types -- names for built-in types, GenericAlias and UnionType.

MiniPy's own implementation.  ``GenericAlias`` is what subscripting a
builtin container class gives (``list[int]``), ``UnionType`` what ``|``
between types gives (``int | None``); the interpreter calls
``_class_getitem`` and ``_type_or`` for those.  Both print, compare and
answer ``__origin__``/``__args__`` as in CPython; a GenericAlias can be
called to make an instance of its origin, and ``isinstance(x, int | str)``
works.
"""

import sys


def _f():
    pass


class _C:
    __slots__ = ('_s',)

    def _m(self):
        pass


def _g():
    yield 1


FunctionType = type(_f)
LambdaType = type(_f)
CodeType = type(_f.__code__) if hasattr(_f, '__code__') else None
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
GeneratorType = type(_g())
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)
MemberDescriptorType = type(_C._s)
del _f, _C, _g

SimpleNamespace = type(sys.implementation)


def _type_repr(obj):
    """How GenericAlias and UnionType show their arguments."""
    if obj is None or obj is NoneType:
        return 'None'
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if isinstance(obj, list):
        return '[' + ', '.join([_type_repr(a) for a in obj]) + ']'
    return repr(obj)


class GenericAlias:
    """list[int], dict[str, int], tuple[int, ...]: a class with arguments."""

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = tuple(a for a in args
                                    if type(a).__name__ in ('TypeVar', 'ParamSpec'))

    def __repr__(self):
        if not self.__args__:
            return _type_repr(self.__origin__) + '[()]'
        return '%s[%s]' % (_type_repr(self.__origin__),
                           ', '.join([_type_repr(a) for a in self.__args__]))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__ and
                self.__args__ == other.__args__)

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _type_or(self, other)

    def __ror__(self, other):
        return _type_or(other, self)

    def __getitem__(self, params):
        raise TypeError('%r is not a generic class' % self)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)


class UnionType:
    """int | str: the union of types that | between classes gives."""

    def __init__(self, args):
        self.__args__ = args

    def __repr__(self):
        return ' | '.join([_type_repr(a) for a in self.__args__])

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _type_or(self, other)

    def __ror__(self, other):
        return _type_or(other, self)

    # The members are tried in order, as CPython does, so a parameterized generic after a match is never reached.
    def __instancecheck__(self, obj):
        for arg in self.__args__:
            if isinstance(arg, GenericAlias):
                raise TypeError('isinstance() argument 2 cannot be a parameterized generic')
            if isinstance(obj, arg):
                return True
        return False

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if isinstance(arg, GenericAlias):
                raise TypeError('issubclass() argument 2 cannot be a parameterized generic')
            if issubclass(cls, arg):
                return True
        return False


def _unionable(obj):
    return (obj is None or isinstance(obj, (type, GenericAlias, UnionType))
            or type(obj).__name__ in ('TypeVar', 'ParamSpec'))


def _type_or(left, right):
    """left | right for types: a UnionType (NotImplemented for other operands)."""
    if not (_unionable(left) and _unionable(right)):
        return NotImplemented
    args = []
    for side in (left, right):
        members = side.__args__ if isinstance(side, UnionType) else (side,)
        for m in members:
            if m is None:
                m = NoneType
            if m not in args:
                args.append(m)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


def _class_getitem(cls, params):
    """cls[params] for the builtin classes that CPython makes generic."""
    return GenericAlias(cls, params)
