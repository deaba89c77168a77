"""_typing_introspect -- typing's run-time introspection: get_origin,
get_args, get_type_hints (forward references evaluated, Annotated and
Required stripped unless include_extras) and is_typeddict.  Part of MiniPy's
typing module, kept apart for size; it reads typing's classes from the
(partially imported) typing module.
"""

import typing as _typing
from typing import (_Alias, _GenericClassAlias, _SpecialForm, Generic,
                    Annotated, Required, NotRequired, TypedDict)


def get_origin(tp):
    """The unsubscripted version of a type: get_origin(List[int]) is list."""
    import types
    if isinstance(tp, _Alias):
        # ClassVar[int], Final[int], Annotated[int, x]: the form itself
        return tp.__origin__ if tp.__origin__ is not None else tp._form
    if isinstance(tp, (_GenericClassAlias, types.GenericAlias)):
        return tp.__origin__
    if isinstance(tp, types.UnionType):
        return types.UnionType
    if tp is Generic:
        return Generic
    if isinstance(tp, _SpecialForm) and isinstance(tp.__origin__, type):
        return tp.__origin__  # a bare List, Dict, Callable: the class it stands for
    return None


def get_args(tp):
    """The arguments of a subscripted type: get_args(Dict[str, int])."""
    if isinstance(tp, _Alias):
        args = tp.__args__
        if tp._form._name == 'Callable' and args and args[0] is not ...:
            return (list(args[:-1]), args[-1])
        return args
    import types
    if isinstance(tp, (_GenericClassAlias, types.GenericAlias, types.UnionType)):
        return tp.__args__
    return ()


def _resolve_hint(value, globalns, localns):
    # string annotations (forward references) are evaluated; None means
    # type(None)
    if isinstance(value, str):
        value = eval(value, globalns, localns)
    if value is None:
        return type(None)
    if isinstance(value, _Alias) and value._form is not _typing.Literal and \
            any(isinstance(a, str) for a in value.__args__):
        # Optional['Node'], List['int']: the names inside are evaluated too
        args = value.__args__
        if value._form is Annotated:
            # only the type: the metadata are values
            args = (_resolve_hint(args[0], globalns, localns),) + args[1:]
        else:
            args = tuple(_resolve_hint(a, globalns, localns) for a in args)
        value = _Alias(value._form, value.__origin__, args)
    return value


def _strip_extras(tp):
    # Annotated[T, ...], Required[T] and NotRequired[T] are T, also inside
    # other aliases (Optional[Annotated[int, x]] is Optional[int])
    if isinstance(tp, _Alias):
        if tp._form in (Annotated, Required, NotRequired):
            return _strip_extras(tp.__args__[0])
        args = tuple(_strip_extras(a) for a in tp.__args__)
        if any(a is not b for a, b in zip(args, tp.__args__)):
            return _Alias(tp._form, tp.__origin__, args)
    return tp


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = _type_hints(obj, globalns, localns)
    if not include_extras:
        hints = {k: _strip_extras(v) for k, v in hints.items()}
    return hints


def _type_hints(obj, globalns, localns):
    """Return the annotations of obj with forward references evaluated."""
    import sys
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            if globalns is None:
                module = sys.modules.get(base.__module__)
                base_globals = vars(module) if module is not None else {}
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            for name, value in ann.items():
                hints[name] = _resolve_hint(value, base_globals, base_locals)
        return hints
    if globalns is None:
        globalns = getattr(obj, '__globals__', None)
        if globalns is None:
            module = sys.modules.get(getattr(obj, '__module__', None))
            globalns = vars(module) if module is not None else {}
    if localns is None:
        localns = globalns
    for name, value in (getattr(obj, '__annotations__', None) or {}).items():
        hints[name] = _resolve_hint(value, globalns, localns)
    return hints


def is_typeddict(tp):
    return isinstance(tp, type) and tp is not TypedDict and issubclass(tp, TypedDict)


