# Exercises typing: names exist, subscripting works, annotations don't break.
# (Reprs of typing objects are MiniPy's own, so they are not printed.)
from _stdlib_select import load
typing = load("typing")
from_typing = typing

names = ['Any', 'Callable', 'List', 'Dict', 'Set', 'FrozenSet', 'Tuple', 'Optional', 'Union', 'Iterable',
         'Iterator', 'Generator', 'Sequence', 'Mapping', 'MutableMapping', 'Type', 'TypeVar', 'NamedTuple',
         'cast', 'overload', 'TYPE_CHECKING', 'Deque', 'DefaultDict', 'Literal', 'Final', 'ClassVar',
         'Generic', 'Protocol', 'NoReturn', 'Awaitable', 'Coroutine', 'AsyncIterator', 'Hashable', 'Sized',
         'Collection', 'Container', 'AbstractSet', 'MutableSequence', 'MutableSet', 'Text', 'AnyStr', 'IO',
         'TextIO', 'get_type_hints', 'get_origin', 'get_args', 'NewType', 'final', 'no_type_check']
print([n for n in names if not hasattr(typing, n)])
print(typing.TYPE_CHECKING, typing.Text is str)

T = typing.TypeVar('T')
K = typing.TypeVar('K', str, bytes)
B = typing.TypeVar('B', bound=int)
print(T.__name__, K.__constraints__, B.__bound__, repr(T))
exprs = [typing.List[int], typing.Dict[str, int], typing.Optional[int], typing.Callable[[int], str],
         typing.Callable[..., int], typing.Tuple[int, ...], typing.Tuple[()], typing.Set[str], typing.FrozenSet[int],
         typing.Union[int, str], typing.Iterable[T], typing.Iterator[int], typing.Generator[int, None, None],
         typing.Sequence[typing.Mapping[str, typing.List[int]]], typing.MutableMapping[str, T],
         typing.Type[int], typing.Dict[str, T][int] if False else None, typing.Literal['a', 'b'],
         typing.ClassVar[int], typing.Final[str], typing.Deque[int], typing.DefaultDict[str, list], typing.List[T]]
print([e is not None for e in exprs])
print(typing.get_origin(typing.List[int]) is list, typing.get_args(typing.Dict[str, int]) == (str, int))
print(typing.get_origin(typing.Optional[int]) is typing.Union, typing.get_args(typing.Optional[int]) == (int, type(None)))
print(typing.get_args(typing.Union[int, str, int]) == (int, str), typing.Union[int] is int,
      typing.get_args(typing.Union[int, typing.Union[str, float]]) == (int, str, float))
print(typing.get_args(typing.Callable[[int, str], bool]) == ([int, str], bool), typing.get_origin(int))
print(typing.Optional[int] == typing.Union[int, None], typing.List[int] == typing.List[int], typing.get_args(int))

def process(items: typing.List[int], mapping: typing.Dict[str, typing.Any] = None,
            cb: typing.Optional[typing.Callable[[int], str]] = None) -> typing.Tuple[int, str]:
    total = sum(items)
    return total, cb(total) if cb else str(total)
print(process([1, 2, 3]), process([4], cb=hex))
print(sorted(typing.get_type_hints(process)), typing.get_type_hints(process)['items'] == typing.List[int])

x: typing.List[int] = [1, 2]
y: 'typing.Dict[str, int]' = {}
print(x, y, typing.cast(int, 'not really'), typing.cast(typing.List[str], [1]))

@typing.overload
def f(a: int) -> int: ...
@typing.overload
def f(a: str) -> str: ...
def f(a):
    return a * 2
print(f(2), f('ab'))
@typing.overload
def g(a: int) -> int: ...
try:
    g(1)
except NotImplementedError as e:
    print('NotImplementedError', e)

class Stack(typing.Generic[T]):
    def __init__(self) -> None:
        self.items: typing.List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack()
s.push(1); s.push(2)
print(s.pop(), s.items, isinstance(s, Stack))

class Employee(typing.NamedTuple):
    name: str
    dept: str = 'eng'
    level: int = 1
    def describe(self) -> str:
        return '%s/%s/%d' % self
e = Employee('ann')
print(e, e.name, e.dept, e.level, e.describe(), e._fields, e._asdict(), isinstance(e, tuple), len(e))
print(Employee('bob', level=3), Employee._field_defaults, e._replace(name='cy'), Employee._make(['d', 'x', 9]))
Pair = typing.NamedTuple('Pair', [('a', int), ('b', str)])
print(Pair(1, 'x'), Pair._fields, Pair(a=2, b='y').b)
try:
    Employee()
except TypeError as err:
    print('TypeError', err)
UserId = typing.NewType('UserId', int)
print(UserId(5), UserId.__name__)
@typing.final
class Leaf:
    pass
print(Leaf.__name__, typing.no_type_check(process) is process)
def takes_any(v: typing.Any, *args: typing.Any, **kw: typing.Union[int, str]) -> typing.NoReturn:
    pass
print(takes_any(1) is None)
