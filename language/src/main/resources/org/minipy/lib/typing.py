"""typing -- the names used in type annotations.

MiniPy's own pure-Python implementation of (a subset of) the standard
``typing`` module.  Annotations are not checked at run time, so what
matters is that the names exist and that subscripting them works:
``List[int]``, ``Dict[str, int]``, ``Optional[int]``, ``Callable[[int], str]``
all return small alias objects (with ``__origin__`` and ``__args__``).
Their reprs resemble CPython's but are not guaranteed to match.

``class Box(Generic[T])`` works: ``Generic[T]`` is an alias whose
``__mro_entries__`` makes Generic the base (PEP 560), Box gets
``__parameters__`` and ``Box[int]`` is an alias with ``__origin__`` Box,
which can be a base class in turn.  ``class P(NamedTuple)``
and ``class M(TypedDict)`` with annotated fields work through
``__init_subclass__``; ``NamedTuple('P', [...])`` and
``TypedDict('M', {...})`` too.
"""

TYPE_CHECKING = False


def _caller(depth=2):
    # __name__ of the module that called the function calling this
    import sys
    try:
        return sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if obj is None:
        return 'None'
    if isinstance(obj, list):
        return '[' + ', '.join([_type_repr(a) for a in obj]) + ']'
    return repr(obj)


class _Alias:
    """A subscripted special form, e.g. List[int]."""

    def __init__(self, form, origin, args):
        self._form = form
        self.__origin__ = origin
        if form is not Literal:
            args = tuple(type(None) if a is None else a for a in args)
        self.__args__ = args
        self.__parameters__ = () if form is Literal else _collect_parameters(args)

    def __instancecheck__(self, obj):
        if self._form is Union:
            return isinstance(obj, self.__args__)
        raise TypeError('Subscripted generics cannot be used with class and '
                        'instance checks')

    def __subclasscheck__(self, cls):
        if self._form is Union:
            return issubclass(cls, self.__args__)
        raise TypeError('Subscripted generics cannot be used with class and '
                        'instance checks')

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _Alias(self._form, self.__origin__, params)

    def __repr__(self):
        args = self.__args__
        if self._form is Union and len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return 'typing.Optional[%s]' % _type_repr(other)
        if self._form._name == 'Callable':
            if len(args) == 2 and args[0] is ...:
                return 'typing.Callable[..., %s]' % _type_repr(args[1])
            return 'typing.Callable[[%s], %s]' % (
                ', '.join([_type_repr(a) for a in args[:-1]]), _type_repr(args[-1]))
        if not args:
            return '%r[()]' % self._form
        return '%r[%s]' % (self._form, ', '.join([_type_repr(a) for a in args]))

    def __eq__(self, other):
        if not isinstance(other, _Alias):
            return NotImplemented
        if self._form is Union and other._form is Union:
            # the order of a union's members does not matter
            return set(self.__args__) == set(other.__args__)
        if self._form is Literal and other._form is Literal:
            # nor a literal's values (told apart by type: 1 is not True)
            return (set((a, type(a)) for a in self.__args__) ==
                    set((a, type(a)) for a in other.__args__))
        return (self.__origin__ == other.__origin__ and
                self.__args__ == other.__args__)

    def __hash__(self):
        if self._form is Union:
            return hash(frozenset(self.__args__))
        if self._form is Literal:
            return hash(frozenset((a, type(a)) for a in self.__args__))
        return hash((self._form._name, self.__args__))

    def __call__(self, *args, **kwargs):
        return self._form(*args, **kwargs)

    def __getattr__(self, name):
        # as in CPython 3.11, an alias is named after its form (Optional for
        # a two-member union with None)
        if name in ('__name__', '__qualname__'):
            args = self.__args__
            if self._form is Union and len(args) == 2 and type(None) in args:
                return 'Optional'
            return self._form._name
        raise AttributeError(name)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# aliases of builtin types that refuse to be called (List() -> use list())
_NOT_INSTANTIABLE = frozenset(['List', 'Dict', 'Set', 'FrozenSet', 'Tuple', 'Type'])


class _SpecialForm:
    """A name such as List or Optional; subscript it to get an alias."""

    def __init__(self, name, origin=None, subscript=None):
        self._name = name
        self.__origin__ = origin
        self._subscript = subscript
        self.__name__ = name
        self.__qualname__ = name
        self.__module__ = 'typing'

    def __getitem__(self, params):
        if self._subscript is not None:
            return self._subscript(self, params)
        if not isinstance(params, tuple):
            params = (params,)
        return _Alias(self, self.__origin__, params)

    def __repr__(self):
        return 'typing.' + self._name

    def __call__(self, *args, **kwargs):
        if self._name in _NOT_INSTANTIABLE:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__))
        if isinstance(self.__origin__, type):
            return self.__origin__(*args, **kwargs)
        raise TypeError('Cannot instantiate %r' % self)

    def __instancecheck__(self, obj):
        if isinstance(self.__origin__, type):
            return isinstance(obj, self.__origin__)
        raise TypeError('%r cannot be used with isinstance()' % self)

    def __subclasscheck__(self, cls):
        if isinstance(self.__origin__, type):
            return issubclass(cls, self.__origin__)
        raise TypeError('%r cannot be used with issubclass()' % self)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __hash__(self):
        return hash(self._name)


def _union(form, params):
    if not isinstance(params, tuple):
        params = (params,)
    flat = []
    for p in params:
        if p is None:
            p = type(None)
        if isinstance(p, _Alias) and p.__origin__ is Union:
            members = p.__args__
        else:
            members = (p,)
        for m in members:
            if m not in flat:
                flat.append(m)
    if len(flat) == 1:
        return flat[0]
    return _Alias(form, form, tuple(flat))


def _optional(form, param):
    return Union[param, None]


def _callable(form, params):
    if not isinstance(params, tuple) or len(params) != 2:
        raise TypeError('Callable must be used as Callable[[arg, ...], result].')
    args, result = params
    if isinstance(args, list):
        return _Alias(form, form.__origin__, tuple(args) + (result,))
    return _Alias(form, form.__origin__, (args, result))


def _literal(form, params):
    if not isinstance(params, tuple):
        params = (params,)
    return _Alias(form, form, params)


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
Union = _SpecialForm('Union', None, _union)
Union.__origin__ = Union
Optional = _SpecialForm('Optional', None, _optional)
Literal = _SpecialForm('Literal', None, _literal)
Literal.__origin__ = Literal
Final = _SpecialForm('Final')
ClassVar = _SpecialForm('ClassVar')
Annotated = _SpecialForm('Annotated')
TypeAlias = _SpecialForm('TypeAlias')
TypeGuard = _SpecialForm('TypeGuard')
Required = _SpecialForm('Required')
NotRequired = _SpecialForm('NotRequired')
Concatenate = _SpecialForm('Concatenate')

List = _SpecialForm('List', list)
Dict = _SpecialForm('Dict', dict)
Set = _SpecialForm('Set', set)
FrozenSet = _SpecialForm('FrozenSet', frozenset)
Tuple = _SpecialForm('Tuple', tuple)
Type = _SpecialForm('Type', type)

ContextManager = _SpecialForm('ContextManager')
AsyncContextManager = _SpecialForm('AsyncContextManager')
SupportsInt = _SpecialForm('SupportsInt')
SupportsFloat = _SpecialForm('SupportsFloat')
SupportsIndex = _SpecialForm('SupportsIndex')
SupportsAbs = _SpecialForm('SupportsAbs')
SupportsRound = _SpecialForm('SupportsRound')
SupportsBytes = _SpecialForm('SupportsBytes')
SupportsComplex = _SpecialForm('SupportsComplex')
IO = _SpecialForm('IO')
TextIO = _SpecialForm('TextIO')
BinaryIO = _SpecialForm('BinaryIO')
Pattern = _SpecialForm('Pattern')
Match = _SpecialForm('Match')


# The forms whose origins live in collections and collections.abc are made on
# first use (PEP 562), so that "import typing" does not import those modules.
_LAZY_FORMS = {
    'Callable': ('collections.abc', 'Callable', _callable),
    'Deque': ('collections', 'deque'),
    'DefaultDict': ('collections', 'defaultdict'),
    'OrderedDict': ('collections', 'OrderedDict'),
    'Counter': ('collections', 'Counter'),
    'ChainMap': ('collections', 'ChainMap'),
    'Iterable': ('collections.abc', 'Iterable'),
    'Iterator': ('collections.abc', 'Iterator'),
    'Generator': ('collections.abc', 'Generator'),
    'Reversible': ('collections.abc', 'Reversible'),
    'Container': ('collections.abc', 'Container'),
    'Collection': ('collections.abc', 'Collection'),
    'Hashable': ('collections.abc', 'Hashable'),
    'Sized': ('collections.abc', 'Sized'),
    'Sequence': ('collections.abc', 'Sequence'),
    'MutableSequence': ('collections.abc', 'MutableSequence'),
    'Mapping': ('collections.abc', 'Mapping'),
    'MutableMapping': ('collections.abc', 'MutableMapping'),
    'AbstractSet': ('collections.abc', 'Set'),
    'MutableSet': ('collections.abc', 'MutableSet'),
    'KeysView': ('collections.abc', 'KeysView'),
    'ItemsView': ('collections.abc', 'ItemsView'),
    'ValuesView': ('collections.abc', 'ValuesView'),
    'Awaitable': ('collections.abc', 'Awaitable'),
    'Coroutine': ('collections.abc', 'Coroutine'),
    'AsyncIterable': ('collections.abc', 'AsyncIterable'),
    'AsyncIterator': ('collections.abc', 'AsyncIterator'),
    'AsyncGenerator': ('collections.abc', 'AsyncGenerator'),
    'ByteString': ('collections.abc', 'ByteString'),
    'MappingView': ('collections.abc', 'MappingView'),
}


def __getattr__(name):
    if name in _LAZY_FORMS:
        module, attr, *subscript = _LAZY_FORMS[name]
        import collections
        if module == 'collections.abc':
            import collections.abc
            collections = collections.abc
        origin = getattr(collections, attr)
        form = _SpecialForm(name, origin, *subscript)
        globals()[name] = form
        return form
    raise AttributeError("module 'typing' has no attribute '%s'" % name)


def __dir__():
    return sorted(set(globals()) | set(_LAZY_FORMS))


Text = str


class TypeVar:
    """Type variable: T = TypeVar('T'), with optional constraints or bound."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpec:
    """Parameter specification variable: P = ParamSpec('P')."""

    def __init__(self, name, *, bound=None, covariant=False,
                 contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.args = _SpecialForm(name + '.args')
        self.kwargs = _SpecialForm(name + '.kwargs')

    def __repr__(self):
        return '~' + self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)


def _collect_parameters(args):
    # the type variables in args, in order of first appearance, also inside
    # subscripted aliases (Dict[str, List[T]] has T)
    found = []
    for a in args:
        if isinstance(a, (TypeVar, ParamSpec)):
            if a not in found:
                found.append(a)
        else:
            for p in getattr(a, '__parameters__', ()) if not isinstance(a, type) else ():
                if p not in found:
                    found.append(p)
    return tuple(found)


class _GenericClassAlias:
    """A user generic class with arguments: Stack[int]."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)

    def __repr__(self):
        return '%s[%s]' % (_type_repr(self.__origin__),
                           ', '.join([_type_repr(a) for a in self.__args__]))

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        # class Box(Generic[T]) derives from Generic, class IntBox(Box[int])
        # from Box (PEP 560); a Generic[...] next to another subscripted
        # base (or to Protocol) adds nothing
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _GenericClassAlias) and b is not self:
                    return ()
        return (self.__origin__,)

    def __getitem__(self, params):
        raise TypeError('%r is not a generic class' % (self,))

    def __eq__(self, other):
        if not isinstance(other, _GenericClassAlias):
            return NotImplemented
        return (self.__origin__ is other.__origin__ and
                self.__args__ == other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getattr__(self, name):
        if name in ('__name__', '__qualname__'):
            return getattr(self.__origin__, name)
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)


class Generic:
    """Abstract base class for generic types: class Box(Generic[T]) makes
    Box[int] an alias whose __origin__ is Box and __args__ (int,)."""

    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            if not params:
                raise TypeError('Parameter list to %s[...] cannot be empty'
                                % cls.__qualname__)
            if not all(isinstance(p, (TypeVar, ParamSpec)) for p in params):
                raise TypeError('Parameters to %s[...] must all be type variables '
                                'or parameter specification variables.' % cls.__name__)
            if len(set(params)) != len(params):
                raise TypeError('Parameters to %s[...] must all be unique'
                                % cls.__name__)
        else:
            expected = len(cls.__dict__.get('__parameters__', ()))
            if not expected:
                raise TypeError('%r is not a generic class' % (cls,))
            if len(params) != expected:
                raise TypeError('Too %s arguments for %r; actual %d, expected %d'
                                % ('many' if len(params) > expected else 'few',
                                   cls, len(params), expected))
        return _GenericClassAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        parameters = ()
        orig_bases = cls.__dict__.get('__orig_bases__')
        if orig_bases is not None:
            plain = Generic in orig_bases
        else:
            plain = Generic in cls.__bases__ and cls.__name__ != 'Protocol'
        if plain:
            raise TypeError('Cannot inherit from plain Generic')
        if orig_bases is not None:
            declared = None
            for base in orig_bases:
                if isinstance(base, _GenericClassAlias) and \
                        base.__origin__ in (Generic, Protocol):
                    if declared is not None:
                        raise TypeError('Cannot inherit from Generic[...] multiple times.')
                    declared = base.__parameters__
            parameters = _collect_parameters(orig_bases)
            if declared is not None:
                missing = [t for t in parameters if t not in declared]
                if missing:
                    raise TypeError('Some type variables (%s) are not listed in '
                                    'Generic[%s]' % (', '.join(map(str, missing)),
                                                     ', '.join(map(str, declared))))
                parameters = declared
        cls.__parameters__ = parameters


_PROTOCOL_SPECIALS = frozenset([
    '__module__', '__qualname__', '__doc__', '__dict__', '__weakref__',
    '__annotations__', '__init__', '__slots__', '__parameters__',
    '__orig_bases__', '__subclasshook__', '__init_subclass__',
    '__class_getitem__', '__abstractmethods__', '__match_args__',
    '_is_protocol', '_is_runtime_protocol'])


def _protocol_members(cls):
    members = []
    for base in cls.__mro__:
        if base is Protocol or base is object or base is Generic:
            continue
        if not base.__dict__.get('_is_protocol', False):
            continue
        for name in list(base.__dict__) + list(base.__dict__.get('__annotations__', {})):
            if name not in _PROTOCOL_SPECIALS and not name.startswith('_abc_') \
                    and name not in members:
                members.append(name)
    return members


def _checks_members(cls):
    """Whether isinstance/issubclass against cls compares members: only for a
    protocol, which must then be @runtime_checkable."""
    if not cls.__dict__.get('_is_protocol', False):
        return False
    if not cls.__dict__.get('_is_runtime_protocol', False):
        raise TypeError("Instance and class checks can only be used with "
                        "@runtime_checkable protocols")
    return True


class _ProtocolMeta(type):
    # isinstance/issubclass against a @runtime_checkable protocol check that
    # the members exist (not their signatures), as CPython does.

    def __instancecheck__(cls, instance):
        if type.__subclasscheck__(cls, type(instance)):
            return True
        if not _checks_members(cls):
            return False
        for name in _protocol_members(cls):
            if not hasattr(instance, name):
                return False
            if getattr(cls, name, None) is not None and \
                    callable(getattr(cls, name)) and getattr(instance, name) is None:
                return False
        return True

    def __subclasscheck__(cls, other):
        if type.__subclasscheck__(cls, other):
            return True
        if not _checks_members(cls):
            return False
        for name in _protocol_members(cls):
            if not any(name in base.__dict__ for base in other.__mro__):
                return False
        return True


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes: structural types, checked by
    isinstance only when decorated with @runtime_checkable."""

    _is_protocol = True

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # a protocol lists Protocol among its bases; other subclasses are
        # ordinary classes that implement it
        if '_is_protocol' not in cls.__dict__:
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)



def cast(typ, val):
    """Cast a value to a type: returns the value unchanged."""
    return val


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. '
        'A series of @overload-decorated functions '
        'outside a stub module should always be followed '
        'by an implementation that is not @overload-ed.')


# (module, qualname) -> the @overload signatures of that function
_overloads = {}


def overload(func):
    """Decorator for overloaded signatures; the final undecorated definition
    provides the implementation."""
    f = getattr(func, '__func__', func)
    try:
        key = (f.__module__, f.__qualname__)
    except AttributeError:
        return _overload_dummy
    _overloads.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    """The @overload signatures defined for func, in definition order."""
    f = getattr(func, '__func__', func)
    return list(_overloads.get((f.__module__, f.__qualname__), []))


def clear_overloads():
    _overloads.clear()


def final(f):
    """Decorator marking a method or class final (not checked)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def reveal_type(obj):
    """Print the runtime type of obj to stderr and return obj."""
    import sys
    print('Runtime type is %r' % type(obj).__name__, file=sys.stderr)
    return obj


def assert_type(val, typ):
    return val


def assert_never(arg):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError('Expected code to be unreachable, but got: %s' % value)


def dataclass_transform(*, eq_default=True, order_default=False,
                        kw_only_default=False, field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default, 'order_default': order_default,
            'kw_only_default': kw_only_default,
            'field_specifiers': field_specifiers, 'kwargs': kwargs}
        return cls_or_fn
    return decorator


def no_type_check_decorator(decorator):
    return decorator


def no_type_check(arg):
    """Decorator: annotations are not type hints (nothing to do here)."""
    return arg


def runtime_checkable(cls):
    """Decorator letting isinstance() and issubclass() check a protocol
    class structurally."""
    if not isinstance(cls, _ProtocolMeta) or not cls.__dict__.get('_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol '
                        'classes, got %r' % (cls,))
    cls._is_runtime_protocol = True
    return cls


class NewType:
    """NewType('UserId', int) -- a callable returning its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[2]
        self.__supertype__ = tp
        module = _caller()
        if module is not None:
            self.__module__ = module

    def __call__(self, x):
        return x

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__qualname__)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        # The error names the class being defined, which only a base's
        # __init_subclass__ gets to see.
        supertype = self.__name__

        class _Refuse:
            def __init_subclass__(cls):
                raise TypeError('Cannot subclass an instance of NewType. '
                                'Perhaps you were looking for: `%s = NewType(%r, %s)`'
                                % (cls.__name__, cls.__name__, supertype))
        return (_Refuse,)


class NamedTuple(tuple):
    """Typed version of collections.namedtuple.

    class Employee(NamedTuple):
        name: str
        id: int = 3

    Employee = NamedTuple('Employee', [('name', str), ('id', int)])
    """

    def __new__(cls, typename=None, fields=None, /, **kwargs):
        if cls is NamedTuple:
            if fields is None:
                fields = kwargs.items()
            names = [name for name, _ in fields]
            import collections
            result = collections.namedtuple(typename, names, module=_caller())
            result.__annotations__ = dict(fields)
            return result
        return tuple.__new__(cls, ())

    def __init_subclass__(cls, **kwargs):
        if NamedTuple not in cls.__bases__:
            return
        annotations = cls.__dict__.get('__annotations__', {})
        names = list(annotations)
        defaults = []
        for name in names:
            if name in cls.__dict__:
                defaults.append(cls.__dict__[name])
            elif defaults:
                raise TypeError('Non-default namedtuple field %s cannot '
                                'follow default field%s %s'
                                % (name, 's' if len(defaults) > 1 else '',
                                   ', '.join(names[:len(defaults)])))
        import collections
        template = collections.namedtuple(cls.__name__, names,
                                          defaults=defaults or None)
        for attr, value in template.__dict__.items():
            if attr in ('__dict__', '__weakref__', '__module__', '__qualname__',
                        '__doc__'):
                continue
            if attr in cls.__dict__ and attr not in names:
                continue        # the user's own method wins
            setattr(cls, attr, value)
        if cls.__dict__.get('__doc__') is None:
            cls.__doc__ = template.__doc__


class TypedDict(dict):
    """A dict with a fixed set of annotated keys (not checked at run time).

    class Movie(TypedDict, total=False):
        title: str
        year: int

    Movie = TypedDict('Movie', {'title': str, 'year': int})

    Calling the class makes a plain dict.
    """

    def __new__(cls, typename=None, fields=None, /, *, total=True, **kwargs):
        if cls is TypedDict:
            if fields is None:
                fields = kwargs
            ns = {'__annotations__': dict(fields), '__module__': _caller()}
            return type(typename, (TypedDict,), ns, total=total)
        if fields is not None:
            return dict(typename, fields, **kwargs) if typename is not None else dict(fields, **kwargs)
        if typename is not None:
            return dict(typename, **kwargs)
        return dict(**kwargs)

    def __init_subclass__(cls, total=True, **kwargs):
        annotations = {}
        required = set()
        optional = set()
        for base in reversed(cls.__mro__[1:]):
            if base is not TypedDict and issubclass(base, TypedDict):
                annotations.update(base.__dict__.get('__annotations__', {}))
                required |= base.__dict__.get('__required_keys__', frozenset())
                optional |= base.__dict__.get('__optional_keys__', frozenset())
        own = cls.__dict__.get('__annotations__', {})
        annotations.update(own)
        for key, tp in own.items():
            # Required[...] and NotRequired[...] override the class's total
            form = tp._form if isinstance(tp, _Alias) else None
            if form is Annotated and tp.__args__ and isinstance(tp.__args__[0], _Alias):
                form = tp.__args__[0]._form
            if form is Required or (form is not NotRequired and total):
                required.add(key)
            else:
                optional.add(key)
        cls.__annotations__ = annotations
        cls.__total__ = total
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)


# typing's own type variables (exist, as in CPython, but "import *" leaves them)
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)

# the introspection functions live in a module of their own (file size)
from _typing_introspect import (get_origin, get_args, get_type_hints,
                                is_typeddict)

# "from typing import *" also brings the forms made on first use.
__all__ = sorted([_n for _n in globals() if not _n.startswith('_') and _n not in
                  ('T', 'KT', 'VT', 'T_co', 'V_co', 'VT_co', 'T_contra', 'CT_co')]
                 + list(_LAZY_FORMS))
