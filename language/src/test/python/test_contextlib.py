# Exercises contextlib; prints results (compared against CPython's).
from _stdlib_select import load
contextlib = load("contextlib")
import sys


def attempt(f):
    try:
        print('  ->', repr(f()))
    except BaseException as e:
        print('  !!', type(e).__name__, e)

print('--- contextmanager')
@contextlib.contextmanager
def tag(name):
    """Wraps output in a tag."""
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)

with tag('p') as t:
    print('inside', t)
print(tag.__name__, tag.__doc__)
try:
    with tag('div'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)

@contextlib.contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print('swallowed', type(e).__name__, e)

with swallow(KeyError):
    {}['missing']
print('after swallow')
def not_swallowed():
    with swallow(KeyError):
        raise TypeError('kept')
attempt(not_swallowed)

@contextlib.contextmanager
def transform():
    try:
        yield
    except ValueError as e:
        raise TypeError('transformed') from e
try:
    with transform():
        raise ValueError('orig')
except TypeError as e:
    print('got', e, 'cause', repr(e.__cause__))

@contextlib.contextmanager
def no_yield():
    if False:
        yield
def use_no_yield():
    with no_yield():
        pass
attempt(use_no_yield)

@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2
def use_two():
    with two_yields():
        pass
attempt(use_two)

@contextlib.contextmanager
def keeps_yielding():
    while True:
        try:
            yield
        except Exception:
            pass
def use_keeps():
    with keeps_yielding():
        raise KeyError('k')
attempt(use_keeps)

@contextlib.contextmanager
def passthrough():
    yield
def stop_iter():
    with passthrough():
        raise StopIteration('stop')
attempt(stop_iter)
def runtime_err():
    with passthrough():
        raise RuntimeError('rt')
attempt(runtime_err)

@contextlib.contextmanager
def reraise_stop():
    try:
        yield
    except StopIteration:
        raise
def stop_iter2():
    with reraise_stop():
        raise StopIteration('again')
attempt(stop_iter2)

@contextlib.contextmanager
def swallow_after():
    try:
        yield 'v'
    except ZeroDivisionError:
        print('handled zero division')
    print('generator finishing')
with swallow_after() as v:
    print(v)
    1 / 0
print('continued')

@contextlib.contextmanager
def counter_cm(log):
    log.append('enter')
    yield len(log)
    log.append('exit')

log = []
@counter_cm(log)
def decorated(x):
    log.append('body %d' % x)
    return x * 2
print(decorated(1), decorated(2), log, decorated.__name__)

cm = tag('once')
with cm:
    pass
def reuse():
    with cm:
        pass
attempt(reuse)

print('--- suppress closing nullcontext redirect')
with contextlib.suppress(KeyError, IndexError):
    [][1]
print('suppressed IndexError')
with contextlib.suppress():
    pass
def sup_other():
    with contextlib.suppress(KeyError):
        raise ValueError('not suppressed')
attempt(sup_other)
with contextlib.suppress(LookupError):
    {}['subclass']
print('suppressed subclass')

class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print('closing', self.name)
with contextlib.closing(Resource('r1')) as r:
    print('using', r.name)
def close_on_error():
    with contextlib.closing(Resource('r2')):
        raise OSError('io')
attempt(close_on_error)
with contextlib.nullcontext() as n:
    print('null', n)
with contextlib.nullcontext(42) as n:
    print('null', n)

class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        pass
col = Collector()
with contextlib.redirect_stdout(col) as target:
    print('captured line')
    print('second', 2)
print('restored', target is col, col.parts)

print('--- ExitStack')
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'callback', i)
    rs = [stack.enter_context(tag('t%d' % i)) for i in range(2)]
    print('entered', rs)
print('after stack')

def cb_suppress(exc_type, exc, tb):
    print('push callback sees', exc_type.__name__ if exc_type else None)
    return True
with contextlib.ExitStack() as stack:
    stack.push(cb_suppress)
    raise KeyError('suppressed by push')
print('continued after push suppression')

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, *exc):
        print('exit', self.name, exc[0].__name__ if exc[0] else None)
        return self.suppress
with contextlib.ExitStack() as stack:
    stack.push(CM('pushed-not-entered'))
    stack.enter_context(CM('a'))
    stack.enter_context(CM('b', suppress=True))
    raise ValueError('x')
print('suppressed by b')

def raising_callbacks():
    with contextlib.ExitStack() as stack:
        def bad1():
            raise KeyError('first')
        def bad2():
            raise IndexError('second')
        stack.callback(bad1)
        stack.callback(bad2)
        raise ValueError('body')
try:
    raising_callbacks()
except Exception as e:
    chain = []
    while e is not None:
        chain.append('%s(%s)' % (type(e).__name__, e))
        e = e.__context__
    print('chain', chain)

def pop_all_demo():
    with contextlib.ExitStack() as stack:
        stack.callback(print, 'moved callback')
        stack.enter_context(CM('moved cm'))
        moved = stack.pop_all()
    print('outer stack closed')
    return moved
moved = pop_all_demo()
moved.close()
moved.close()
s2 = contextlib.ExitStack()
r = s2.callback(lambda a, b=0: print('args', a, b), 1, b=2)
s2.close()
print(callable(r))
attempt(lambda: contextlib.ExitStack().enter_context(5))
class NotCM:
    pass
attempt(lambda: contextlib.ExitStack().enter_context(NotCM()))

print('--- asynccontextmanager')
@contextlib.asynccontextmanager
async def agen(name):
    print('aenter', name)
    try:
        yield name * 2
    finally:
        print('aexit', name)

async def main():
    async with agen('ab') as v:
        print('in async with', v)
    try:
        async with agen('x'):
            raise ValueError('async boom')
    except ValueError as e:
        print('caught', e)
    async with contextlib.nullcontext('n') as n:
        print('async null', n)

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
run(main())
