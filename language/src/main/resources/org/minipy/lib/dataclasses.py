"""dataclasses -- generate special methods for classes of fields.

MiniPy's own pure-Python implementation of the standard ``dataclasses``
module, written from the documented behaviour: @dataclass with init, repr,
eq, order, unsafe_hash, frozen, match_args, kw_only and slots; field();
fields, asdict, astuple, replace, is_dataclass, make_dataclass; InitVar,
KW_ONLY, __post_init__ and FrozenInstanceError.

The generated __init__ is compiled from source text (as in CPython) inside
the same nesting of classes and functions as the dataclass, so that its
argument errors name it ``Point.__init__()`` as CPython's do.
"""

import copy as _copy
import sys as _sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple',
           'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()

_FIELD = 'field'
_FIELD_CLASSVAR = 'classvar'
_FIELD_INITVAR = 'initvar'

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    """InitVar[T]: an __init__ parameter passed on to __post_init__, not a
    field."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return 'dataclasses.InitVar[%s]' % type_name

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """What field() returns, and what fields() lists."""
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash',
                 'init', 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else dict(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,'
                'repr=%r,hash=%r,compare=%r,metadata=%r,kw_only=%r,'
                '_field_type=%s)' % (
                    self.name, self.type, self.default, self.default_factory,
                    self.init, self.repr, self.hash, self.compare,
                    self.metadata, self.kw_only, self._field_type))


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,'
                'unsafe_hash=%r,frozen=%r)' % (
                    self.init, self.repr, self.eq, self.order,
                    self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe one field: its default or default_factory, and whether it
    takes part in __init__, __repr__, comparisons and hashing."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


def _is_classvar(annotation):
    typing = _sys.modules.get('typing')
    if typing is not None:
        if annotation is typing.ClassVar:
            return True
        if getattr(annotation, '_form', None) is typing.ClassVar:
            return True
        if getattr(annotation, '__origin__', None) is typing.ClassVar:
            return True
    if isinstance(annotation, str):
        return (annotation.startswith('ClassVar') or
                annotation.startswith('typing.ClassVar'))
    return False


def _is_initvar(annotation):
    if annotation is InitVar or isinstance(annotation, InitVar):
        return True
    if isinstance(annotation, str):
        return (annotation.startswith('InitVar') or
                annotation.startswith('dataclasses.InitVar'))
    return False


def _is_kw_only(annotation):
    if annotation is KW_ONLY:
        return True
    return isinstance(annotation, str) and annotation in (
        'KW_ONLY', 'dataclasses.KW_ONLY')


def _get_field(cls, name, annotation, default_kw_only):
    # getattr, as CPython does: a descriptor's __get__(None, cls) gives the
    # default, and a plain attribute of a base class is a default too
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if type(default).__name__ == 'member_descriptor':
            default = MISSING  # a __slots__ entry: no default
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError('field %s cannot have a default factory' % name)
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        f.kw_only = False
    if (f._field_type is _FIELD and f.default is not MISSING
            and type(f.default).__hash__ is None):
        raise ValueError('mutable default %r for field %s is not allowed: '
                         'use default_factory' % (type(f.default), name))
    return f


def _recursive_repr(fn):
    # repr of a dataclass that contains itself prints '...' for the cycle
    running = set()

    def wrapper(self):
        key = (id(self), _thread_ident())
        if key in running:
            return '...'
        running.add(key)
        try:
            return fn(self)
        finally:
            running.discard(key)
    wrapper.__name__ = fn.__name__
    wrapper.__qualname__ = fn.__qualname__
    return wrapper


def _thread_ident():
    thread = _sys.modules.get('_thread')
    return thread.get_ident() if thread is not None else 0


def _compile_in_scope(cls, name, args, body, globals_, locals_):
    """Compile `def name(args): body` as a member of cls, nested in the
    classes and functions of cls.__qualname__ so that its own qualified name
    (used in argument errors) is cls.__qualname__ + '.' + name."""
    parts = cls.__qualname__.split('.')
    scopes = []
    i = 0
    while i < len(parts):
        if i + 1 < len(parts) and parts[i + 1] == '<locals>':
            scopes.append(('def', parts[i]))
            i += 2
        else:
            scopes.append(('class', parts[i]))
            i += 1
    if not all(part.isidentifier() for _, part in scopes):
        scopes = [('class', cls.__name__)]
    lines = []
    _emit_scopes(scopes, name, args, body, lines, '')
    # class bodies see only globals, so the helpers go there (in a copy)
    scope = dict(globals_)
    scope.update(locals_)
    exec('\n'.join(lines) + '\n', scope)
    return eval(_reach(scopes, name), scope)


def _emit_scopes(scopes, name, args, body, lines, indent):
    # each function scope returns the new function, reached from inside it
    if not scopes:
        lines.append('%sdef %s(%s):' % (indent, name, args))
        for line in body:
            lines.append('%s    %s' % (indent, line))
        return
    kind, scope = scopes[0]
    lines.append('%s%s %s%s:' % (indent, kind, scope,
                                   '()' if kind == 'def' else ''))
    _emit_scopes(scopes[1:], name, args, body, lines, indent + '    ')
    if kind == 'def':
        lines.append('%s    return %s' % (indent, _reach(scopes[1:], name)))


def _reach(scopes, name):
    # the expression that reaches the new function from outside scopes
    path = []
    for kind, scope in scopes:
        path.append(scope)
        if kind == 'def':
            return '.'.join(path) + '()'
    return '.'.join(path + [name])


def _init_fn(cls, std_fields, kw_only_fields, initvars_present, frozen,
             has_post_init, globals_):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError('non-default argument %r follows default '
                                'argument' % (f.name,))
    locals_ = {'MISSING': MISSING, '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY,
               '__dataclass_builtins_object__': object}
    params = ['self']

    def param(f):
        locals_['_type_' + f.name] = f.type
        if f.default is MISSING and f.default_factory is MISSING:
            return f.name
        if f.default_factory is not MISSING:
            return '%s=_HAS_DEFAULT_FACTORY' % f.name
        locals_['_dflt_' + f.name] = f.default
        return '%s=_dflt_%s' % (f.name, f.name)

    for f in std_fields:
        if f.init:
            params.append(param(f))
    if kw_only_fields:
        params.append('*')
        for f in kw_only_fields:
            params.append(param(f))
    body = []
    for f in std_fields + kw_only_fields:
        if f._field_type is _FIELD_INITVAR:
            continue
        value = None
        if f.default_factory is not MISSING:
            locals_['_dflt_' + f.name] = f.default_factory
            if f.init:
                value = ('_dflt_%s() if %s is _HAS_DEFAULT_FACTORY else %s'
                         % (f.name, f.name, f.name))
            else:
                value = '_dflt_%s()' % f.name
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            locals_['_dflt_' + f.name] = f.default
            value = '_dflt_%s' % f.name
        if value is None:
            continue
        if frozen:
            body.append('__dataclass_builtins_object__.__setattr__(self, %r, %s)'
                        % (f.name, value))
        else:
            body.append('self.%s = %s' % (f.name, value))
    if has_post_init:
        initvars = [f.name for f in std_fields + kw_only_fields
                    if f._field_type is _FIELD_INITVAR]
        body.append('self.%s(%s)' % (_POST_INIT_NAME, ', '.join(initvars)))
    if not body:
        body = ['pass']
    return _compile_in_scope(cls, '__init__', ', '.join(params), body,
                             globals_, locals_)


def _set_qualname(cls, fn):
    fn.__qualname__ = '%s.%s' % (cls.__qualname__, fn.__name__)
    return fn


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    if callable(value) and hasattr(value, '__qualname__'):
        _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


def _tuple_of(fields_):
    names = [f.name for f in fields_]

    def as_tuple(obj):
        return tuple([getattr(obj, name) for name in names])
    return as_tuple


def _make_repr(fields_):
    names = [f.name for f in fields_ if f.repr]

    def __repr__(self):
        return '%s(%s)' % (self.__class__.__qualname__,
                           ', '.join('%s=%r' % (name, getattr(self, name))
                                     for name in names))
    return _recursive_repr(__repr__)


def _make_eq(fields_):
    key = _tuple_of([f for f in fields_ if f.compare])

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return key(self) == key(other)
        return NotImplemented
    return __eq__


def _make_order(op_name, fields_):
    key = _tuple_of([f for f in fields_ if f.compare])
    if op_name == '__lt__':
        def __lt__(self, other):
            if other.__class__ is self.__class__:
                return key(self) < key(other)
            return NotImplemented
        return __lt__
    if op_name == '__le__':
        def __le__(self, other):
            if other.__class__ is self.__class__:
                return key(self) <= key(other)
            return NotImplemented
        return __le__
    if op_name == '__gt__':
        def __gt__(self, other):
            if other.__class__ is self.__class__:
                return key(self) > key(other)
            return NotImplemented
        return __gt__

    def __ge__(self, other):
        if other.__class__ is self.__class__:
            return key(self) >= key(other)
        return NotImplemented
    return __ge__


def _make_hash(fields_):
    key = _tuple_of([f for f in fields_
                     if (f.compare if f.hash is None else f.hash)])

    def __hash__(self):
        return hash(key(self))
    return __hash__


def _make_frozen(cls, field_names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError('cannot assign to field %r' % (name,))
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError('cannot delete field %r' % (name,))
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots):
    all_fields = {}
    globals_ = getattr(_sys.modules.get(cls.__module__), '__dict__', {})
    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = base.__dict__.get(_FIELDS)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if base.__dict__[_PARAMS].frozen:
                any_frozen_base = True

    annotations = cls.__dict__.get('__annotations__', {})
    own_fields = []
    kw_only_now = kw_only
    kw_only_seen = False
    for name, annotation in annotations.items():
        if _is_kw_only(annotation):
            if kw_only_seen:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been '
                                'specified' % (name,))
            kw_only_seen = True
            kw_only_now = True
            continue
        own_fields.append(_get_field(cls, name, annotation, kw_only_now))

    for f in own_fields:
        all_fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError('%r is a field but has no type annotation'
                            % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a '
                            'frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a '
                            'non-frozen one')

    setattr(cls, _FIELDS, all_fields)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order,
                                           unsafe_hash, frozen))

    field_list = [f for f in all_fields.values()
                  if f._field_type is _FIELD]
    init_fields = [f for f in all_fields.values()
                   if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init = [f for f in init_fields if not f.kw_only]
    kw_init = [f for f in init_fields if f.kw_only and f.init]

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        fn = _init_fn(cls, std_init, kw_init,
                      any(f._field_type is _FIELD_INITVAR for f in init_fields),
                      frozen, has_post_init, globals_)
        # std fields with init=False still get set in the body
        _set_new_attribute(cls, '__init__', fn)

    if repr:
        _set_new_attribute(cls, '__repr__', _make_repr(field_list))

    if eq:
        _set_new_attribute(cls, '__eq__', _make_eq(field_list))

    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        for op in ('__lt__', '__le__', '__gt__', '__ge__'):
            if _set_new_attribute(cls, op, _make_order(op, field_list)):
                raise TypeError('Cannot overwrite attribute %s in class %s. '
                                'Consider using functools.total_ordering'
                                % (op, cls.__name__))

    if frozen:
        setter, deleter = _make_frozen(cls, set(all_fields))
        for name, fn in (('__setattr__', setter), ('__delattr__', deleter)):
            if _set_new_attribute(cls, name, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s'
                                % (name, cls.__name__))

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s'
                            % cls.__name__)
        cls.__hash__ = _set_qualname(cls, _make_hash(field_list))
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _set_qualname(cls, _make_hash(field_list))
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if not getattr(cls, '__doc__', None):
        try:
            cls.__doc__ = '%s(%s)' % (cls.__name__, ', '.join(
                '%s' % f.name for f in init_fields))
        except (TypeError, AttributeError):
            pass

    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple(f.name for f in std_init))

    if slots:
        cls = _add_slots(cls, frozen)
    return cls


def _add_slots(cls, frozen):
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    cls_dict['__slots__'] = field_names
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = cls.__qualname__
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    cls.__qualname__ = qualname
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    """Add __init__, __repr__, __eq__ (and, as asked, ordering, hashing and
    immutability) to a class from its annotated fields."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The Field objects of a dataclass or instance (not ClassVars or
    InitVars), in order."""
    try:
        fields_ = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') \
            from None
    return tuple(f for f in fields_.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursing into
    dataclasses, lists, tuples and dicts (other values are deep-copied)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name),
                                                     dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory),
                          _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The fields of a dataclass instance as a tuple, recursing like
    asdict()."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name),
                                             tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory),
                          _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance of obj's dataclass with some fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it '
                                 'cannot be specified with replace()'
                                 % (f.name,))
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError('InitVar %r must be specified with '
                                 'replace()' % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    """Create a dataclass from (name), (name, type) or (name, type, Field)
    items."""
    namespace = {} if namespace is None else dict(namespace)
    annotations = {}
    seen = set()
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            namespace[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r'
                            % (name,))
        if name in seen:
            raise TypeError('Field name duplicated: %r' % (name,))
        seen.add(name)
        annotations[name] = tp
    namespace['__annotations__'] = annotations
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    namespace['__module__'] = module
    cls = type(cls_name, tuple(bases), namespace)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots)
