"""enum -- enumerations.

MiniPy's own pure-Python implementation of the standard ``enum`` module (as
of Python 3.11), written from the documented behaviour: Enum, IntEnum,
StrEnum, Flag and IntFlag, auto(), unique, the functional API
(``Enum('Color', 'RED GREEN')``), aliases, _missing_ and
_generate_next_value_, members with extra attributes set by __init__ or
__new__, and 3.11's str()/repr()/format() of members.
"""

import sys as _sys

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag',
           'IntFlag', 'ReprEnum', 'auto', 'unique', 'global_enum', 'verify',
           'property', 'member', 'nonmember', 'FlagBoundary', 'STRICT',
           'CONFORM', 'EJECT', 'KEEP', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS',
           'UNIQUE']

_builtin_property = property


class auto:
    """Stands for the next value of the enumeration (by default one more
    than the last, or a power of two for Flag)."""

    def __init__(self, value=None):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class nonmember:
    """Protects a class attribute from becoming a member."""

    def __init__(self, value):
        self.value = value


class member:
    """Forces a class attribute (e.g. a function) to become a member."""

    def __init__(self, value):
        self.value = value


property = _builtin_property


class _MappingProxy:
    """A read-only view of a dict, printed as CPython's mappingproxy."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def copy(self):
        return dict(self._mapping)

    def __eq__(self, other):
        if isinstance(other, _MappingProxy):
            other = other._mapping
        return self._mapping == other

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


_MappingProxy.__name__ = 'mappingproxy'
_MappingProxy.__qualname__ = 'mappingproxy'


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__' and
            name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_' and
            name[1] != '_' and name[-2] != '_')


def _is_private(cls_name, name):
    prefix = '_%s__' % (cls_name.lstrip('_'),)
    return name.startswith(prefix) and not name.endswith('__')


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or
            hasattr(obj, '__delete__'))


def _power_of_two(value):
    return value > 0 and value & (value - 1) == 0


class _EnumDict(dict):
    """The namespace of an enum class body: auto() is resolved as it is
    assigned (as in CPython), so later lines of the body see the value
    (WHITE = RED | BLUE with RED = auto())."""

    def __init__(self, cls_name, generate):
        super().__init__()
        self._cls_name = cls_name
        self._generate = generate
        self._members = 0
        self._last_values = []

    def __setitem__(self, key, value):
        if key == '_generate_next_value_':
            if self._members:
                raise TypeError('_generate_next_value_ must be defined '
                                'before members')
            self._generate = value.__func__ if isinstance(value, staticmethod) else value
        elif not (_is_dunder(key) or _is_sunder(key) or
                  _is_private(self._cls_name, key) or _is_descriptor(value) or
                  isinstance(value, (type, nonmember))):
            if isinstance(value, member):
                resolved = value.value
            elif isinstance(value, auto):
                if value.value is None and self._generate is not None:
                    value.value = self._generate(key, 1, self._members,
                                                 self._last_values[:])
                resolved = value.value
                value = resolved if resolved is not None else value
            else:
                resolved = value
            self._members += 1
            self._last_values.append(resolved)
        super().__setitem__(key, value)


class EnumType(type):
    """Metaclass of Enum: collects the members of an enumeration class."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        generate = None
        if Enum is not None:
            member_type, first_enum = metacls._get_mixins_(cls, bases)
            generate = getattr(first_enum, '_generate_next_value_', None)
        return _EnumDict(cls, generate)

    def __new__(metacls, cls, bases, classdict, *, boundary=None,
                _simple=False, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        member_names = []
        member_values = []
        invalid = []
        for key, value in list(classdict.items()):
            if isinstance(value, nonmember):
                classdict[key] = value.value
                continue
            if isinstance(value, member):
                member_names.append(key)
                member_values.append(value.value)
                continue
            if (_is_dunder(key) or _is_sunder(key) or
                    _is_private(cls, key) or _is_descriptor(value) or
                    isinstance(value, type)):
                if _is_sunder(key) and key not in (
                        '_order_', '_generate_next_value_', '_missing_',
                        '_ignore_', '_value_', '_name_',
                        '_iter_member_', '_iter_member_by_value_',
                        '_iter_member_by_def_', '_numeric_repr_',
                        '_add_alias_', '_add_value_alias_') \
                        and not key.startswith('_repr_'):
                    invalid.append(key)
                continue
            member_names.append(key)
            member_values.append(value)
        if invalid:
            raise ValueError('_sunder_ names, such as %r, are reserved for '
                             'future Enum use' % (invalid[0],))
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        for name in ignore:
            if name in member_names:
                i = member_names.index(name)
                del member_names[i]
                del member_values[i]
            classdict.pop(name, None)
        for name in member_names:
            del classdict[name]
        classdict.pop('_ignore_', None)
        if 'mro' in member_names:
            raise ValueError("Invalid enum member name: 'mro'")

        # members are made by the class's own __new__ (or an enum base's, or
        # the data type's); afterwards Enum.__new__ (lookup by value) takes
        # its place, as in CPython
        new_member = classdict.get('__new__') if Enum is not None else None
        if isinstance(new_member, staticmethod):
            new_member = new_member.__func__
        if new_member is None:
            for base in bases:
                new_member = getattr(base, '_new_member_', None)
                if new_member is not None:
                    break
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        type.__setattr__(enum_class, '_new_member_', new_member)
        if Enum is not None:
            type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])
        type.__setattr__(enum_class, '_member_names_', [])
        type.__setattr__(enum_class, '_member_map_', {})
        type.__setattr__(enum_class, '_value2member_map_', {})
        type.__setattr__(enum_class, '_unhashable_values_', [])
        type.__setattr__(enum_class, '_member_type_', member_type)
        if Flag is not None and issubclass(enum_class, Flag):
            type.__setattr__(enum_class, '_flag_mask_', 0)
            type.__setattr__(enum_class, '_all_bits_', 0)
            type.__setattr__(enum_class, '_singles_mask_', 0)
            type.__setattr__(enum_class, '_boundary_',
                             boundary or getattr(first_enum, '_boundary_',
                                                 None) or STRICT)

        # a data type's repr/str/format (int.__repr__ ...) found before
        # Enum's in the MRO give way to the enum's, as in CPython
        if first_enum is not None:
            for name in ('__repr__', '__str__', '__format__'):
                if name in classdict:
                    continue
                found = getattr(enum_class, name)
                if found is getattr(member_type, name) or \
                        found is getattr(object, name):
                    type.__setattr__(enum_class, name,
                                     getattr(first_enum, name))

        generate = getattr(enum_class, '_generate_next_value_')
        last_values = []
        # CPython resolves auto() as it is assigned, so "B = A" in the body
        # makes B an alias of A: the same auto object means the same value
        resolved = {}
        for name, value in zip(member_names, member_values):
            if isinstance(value, auto):
                if id(value) in resolved:
                    value = resolved[id(value)]
                elif value.value is None:
                    resolved[id(value)] = generate(
                        name, 1, len(last_values), last_values[:])
                    value = resolved[id(value)]
                else:
                    value = value.value
            elif isinstance(value, tuple) and any(
                    isinstance(v, auto) for v in value):
                value = tuple(generate(name, 1, len(last_values),
                                       last_values[:])
                              if isinstance(v, auto) else v for v in value)
            last_values.append(value)
            enum_class._add_member_(name, value)

        if Flag is not None and issubclass(enum_class, Flag):
            bits = 0
            singles = 0
            for m in enum_class._member_map_.values():
                bits |= m._value_
                if _power_of_two(m._value_):
                    singles |= m._value_
            type.__setattr__(enum_class, '_flag_mask_', bits)
            type.__setattr__(enum_class, '_singles_mask_', singles)
            type.__setattr__(enum_class, '_all_bits_',
                             2 ** bits.bit_length() - 1 if bits else 0)
        return enum_class

    @staticmethod
    def _get_mixins_(class_name, bases):
        if not bases:
            return object, Enum
        last = bases[-1]
        if Enum is not None and not (isinstance(last, EnumType)):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] "
                            "enum_type)`")
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError('<enum %r> cannot extend %r'
                                % (class_name, base))
        member_type = object
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        member_type = base._member_type_
                        break
                    continue
                if '__new__' in base.__dict__ or base in (int, str, float):
                    member_type = base
                    break
            if member_type is not object:
                break
        return member_type, last

    def _add_member_(cls, name, value):
        member_type = cls._member_type_
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        user_new = cls._new_member_
        if user_new is not None:
            enum_member = user_new(cls, *args)
        elif member_type is object:
            enum_member = object.__new__(cls)
        else:
            enum_member = member_type.__new__(cls, *args)
        if not hasattr(enum_member, '_value_'):
            if member_type is object:
                enum_member._value_ = value
            else:
                try:
                    enum_member._value_ = member_type(*args)
                except Exception:
                    enum_member._value_ = value
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = cls
        enum_member._sort_order_ = len(cls._member_names_)
        enum_member.__init__(*args)
        # an alias: a second name for an existing value
        try:
            canonical = cls._value2member_map_.get(value)
        except TypeError:
            canonical = None
            for m in cls._member_map_.values():
                if m._value_ == value:
                    canonical = m
                    break
        if canonical is not None:
            enum_member = canonical
        elif Flag is None or not issubclass(cls, Flag) or _power_of_two(value):
            # Flag iterates over its single-bit members only
            cls._member_names_.append(name)
        cls._member_map_[name] = enum_member
        try:
            cls._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            cls._unhashable_values_.append(value)
        type.__setattr__(cls, name, enum_member)

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        bases = (cls,) if type is None else (type, cls)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and \
                isinstance(names[0], str):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count,
                                                  last_values[:])
                last_values.append(value)
                names.append((name, value))
        items = names.items() if hasattr(names, 'items') else names
        for item in items:
            if isinstance(item, str):
                name, value = item, names[item]
            else:
                name, value = item
            classdict[name] = value
        if module is None:
            try:
                module = _sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                module = '__main__'
        classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        metacls = cls.__class__
        return metacls.__new__(metacls, class_name, bases, classdict,
                               boundary=boundary)

    def __contains__(cls, value):
        if not isinstance(value, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    _builtin_type(value).__qualname__,
                    _builtin_type(cls).__qualname__))
        return isinstance(value, cls) and value._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.'
                                 % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name]
                for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @_builtin_property
    def __members__(cls):
        return _MappingProxy(dict(cls._member_map_))

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __dir__(cls):
        names = set(['__class__', '__doc__', '__members__', '__module__'])
        names.update(cls._member_names_)
        return sorted(names)


EnumMeta = EnumType
_builtin_type = type

Enum = None
Flag = None
ReprEnum = None
IntEnum = None
StrEnum = None
IntFlag = None


class Enum(metaclass=EnumType):
    """Base class for enumerations: subclass it and list the members as
    class attributes."""

    def __new__(cls, value):
        if _builtin_type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and \
                cls._boundary_ is EJECT and isinstance(result, int):
            return result
        if result is None:
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        raise TypeError('error in %s._missing_: returned %r instead of None '
                        'or a valid member' % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                continue
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ if hasattr(
            self.__class__, '_value_repr_') else repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_,
                                v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __dir__(self):
        names = set(['__class__', '__doc__', '__eq__', '__hash__',
                     '__module__', 'name', 'value'])
        for klass in type(self).__mro__:
            if klass is Enum:
                break
            for key in klass.__dict__:
                if not key.startswith('_'):
                    names.add(key)
        names.update(k for k in self.__dict__ if not k.startswith('_'))
        return sorted(names)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @_builtin_property
    def name(self):
        """The name of the member."""
        return self._name_

    @name.setter
    def name(self, value):
        raise AttributeError("<enum 'Enum'> cannot set attribute 'name'")

    @name.deleter
    def name(self):
        raise AttributeError("<enum 'Enum'> cannot delete attribute 'name'")

    @_builtin_property
    def value(self):
        """The value of the member."""
        return self._value_

    @value.setter
    def value(self, value):
        raise AttributeError("<enum 'Enum'> cannot set attribute 'value'")

    @value.deleter
    def value(self):
        raise AttributeError("<enum 'Enum'> cannot delete attribute 'value'")


class ReprEnum(Enum):
    """An Enum whose str() and format() are those of its data type (the
    repr stays the Enum's)."""


class IntEnum(int, ReprEnum):
    """Enum whose members are also ints."""

    def __str__(self):
        return repr(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


class StrEnum(str, ReprEnum):
    """Enum whose members are also strs."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return self._value_

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary:
    pass


STRICT, CONFORM, EJECT, KEEP = 'strict', 'conform', 'eject', 'keep'


class Flag(Enum):
    """Enum whose members combine with | & ^ ~ into flag values."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        try:
            high = last.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % (last,)) from None
        return 2 ** (high + 1)

    @classmethod
    def _missing_(cls, value):
        # a value that is not a member: a combination of members (a pseudo
        # member, cached), or what the class's boundary says for unknown bits
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, _bin(value, width),
                                    _bin(flag_mask, width)))
            elif boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif value < 0:
                # KEEP: a negative value keeps its bits above the members'
                value = max(all_bits + 1, 2 ** value.bit_length()) + value
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliases = value & ~singles_mask
        member_value = value & singles_mask
        if unknown and boundary is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        if member_value or aliases:
            members = list(cls._iter_member_(member_value))
            combined = 0
            for m in members:
                combined |= m._value_
            if aliases:
                value = member_value | aliases
                for m in cls._member_map_.values():
                    if m not in members and m._value_ and m._value_ & value == m._value_:
                        members.append(m)
                        combined |= m._value_
            unknown = value ^ combined
            pseudo._name_ = '|'.join([m._name_ for m in members])
            if not combined:
                pseudo._name_ = None
            elif unknown and boundary is STRICT:
                raise ValueError('%r: no members with value %r' % (cls, unknown))
            elif unknown:
                pseudo._name_ += '|%r' % (unknown,)
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo
        return pseudo

    @classmethod
    def _iter_member_(cls, value):
        # canonical members only: an alias maps to the same member again
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ and _power_of_two(m._value_) and \
                    m._value_ & value == m._value_:
                yield m

    def __iter__(self):
        return iter([m for m in self.__class__._iter_member_(self._value_)])

    def __len__(self):
        return bin(self._value_).count('1')

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '<%s: %r>' % (cls_name, self._value_)
        return '<%s.%s: %r>' % (cls_name, self._name_, self._value_)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._boundary_ is EJECT or self._boundary_ is KEEP:
            return self.__class__(~self._value_)
        return self.__class__(self._singles_mask_ & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


def _bin(num, max_bits=None):
    """bin() with the sign as a leading bit (0b0 1010, 0b1 0101), negative
    numbers in two's complement, padded to max_bits digits."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return '%s %s' % (sign, digits)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are also ints."""

    def __str__(self):
        return repr(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__or__
    __rand__ = Flag.__and__
    __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__


def unique(enumeration):
    """Class decorator: refuse aliases (two names for one value)."""
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m._name_:
            duplicates.append((name, m._name_))
    if duplicates:
        raise ValueError('duplicate values found in %r: %s' % (
            enumeration, ', '.join('%s -> %s' % (alias, name)
                                   for alias, name in duplicates)))
    return enumeration


def global_enum(cls):
    """Put the members in the module's namespace."""
    module = _sys.modules.get(cls.__module__)
    if module is not None:
        for name, m in cls.__members__.items():
            setattr(module, name, m)
    return cls


class EnumCheck:
    pass


CONTINUOUS, NAMED_FLAGS, UNIQUE = 'no skipped integer values', \
    'multi-flag aliases may not contain unnamed flags', 'one name per value'


def _bits(value):
    # the single-bit values set in value, lowest first
    while value:
        low = value & -value
        yield low
        value ^= low


def verify(*checks):
    """Class decorator checking UNIQUE (no aliases), CONTINUOUS (no
    missing values between the lowest and highest) and NAMED_FLAGS (every
    bit of a multi-bit alias is a member)."""
    def decorator(enumeration):
        if Flag is not None and issubclass(enumeration, Flag):
            kind = 'flag'
        elif issubclass(enumeration, Enum):
            kind = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        name = enumeration.__name__
        for check in checks:
            if check is UNIQUE:
                aliases = ['%s -> %s' % (alias, m._name_)
                           for alias, m in enumeration.__members__.items()
                           if alias != m._name_]
                if aliases:
                    raise ValueError('aliases found in %r: %s'
                                     % (enumeration, ', '.join(aliases)))
            elif check is CONTINUOUS:
                values = set(m._value_ for m in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if kind == 'flag':
                    expected = [2 ** i for i in range(low.bit_length(),
                                                      high.bit_length() - 1)]
                else:
                    expected = range(low + 1, high)
                missing = [str(v) for v in expected if v not in values]
                if missing:
                    raise ValueError(('invalid %s %r: missing values %s'
                                      % (kind, name, ', '.join(missing)))[:256])
            elif check is NAMED_FLAGS:
                canonical = enumeration._member_names_
                values = [m._value_ for m in enumeration]
                unnamed = []
                missing_bits = 0
                for alias, m in enumeration._member_map_.items():
                    if alias in canonical or m._value_ < 0:
                        continue
                    missed = [v for v in _bits(m._value_) if v not in values]
                    if missed:
                        unnamed.append(alias)
                        for v in missed:
                            missing_bits |= v
                if unnamed:
                    if len(unnamed) == 1:
                        what = 'alias %s is missing' % unnamed[0]
                    else:
                        what = 'aliases %s and %s are missing' % (
                            ', '.join(unnamed[:-1]), unnamed[-1])
                    if _power_of_two(missing_bits):
                        value = 'value 0x%x' % missing_bits
                    else:
                        value = 'combined values of 0x%x' % missing_bits
                    raise ValueError('invalid Flag %r: %s %s [use '
                                     'enum.show_flag_values(value) for details]'
                                     % (name, what, value))
        return enumeration
    return decorator


def show_flag_values(value):
    return list(_bits(value))
