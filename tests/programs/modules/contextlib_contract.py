# contextlib's observable contract: generator managers' errors, decorators, exit stacks
# (chaining and suppression), async forms, suppress with groups, the ABCs
import asyncio, contextlib, io, os, sys
from contextlib import (contextmanager, asynccontextmanager, ExitStack, AsyncExitStack,
                        suppress, nullcontext, closing, aclosing, chdir,
                        redirect_stdout, redirect_stderr, AbstractContextManager,
                        AbstractAsyncContextManager, ContextDecorator)

def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except BaseException as e:
        ctx = e.__context__
        print(label, "!!", type(e).__name__, e, "| context:", type(ctx).__name__ if ctx else None,
              "| cause:", type(e.__cause__).__name__ if e.__cause__ else None)

@contextmanager
def no_yield():
    if False:
        yield

@contextmanager
def two_yields():
    yield 1
    yield 2

@contextmanager
def swallow():
    try:
        yield "s"
    except ValueError as e:
        print("  swallowed", e)

@contextmanager
def keep_yielding():
    while True:
        try:
            yield
        except Exception:
            pass

@contextmanager
def transform():
    try:
        yield
    except KeyError as e:
        raise LookupError("converted") from e

def run_with(cm, exc=None):
    with cm as v:
        if exc is not None:
            raise exc
        return v

show("no yield", lambda: run_with(no_yield()))
show("two yields", lambda: run_with(two_yields()))
show("swallow", lambda: run_with(swallow(), ValueError("v")))
show("swallow other", lambda: run_with(swallow(), TypeError("t")))
show("keep yielding", lambda: run_with(keep_yielding(), ValueError("x")))
show("transform", lambda: run_with(transform(), KeyError("k")))
show("stopiteration through", lambda: run_with(swallow(), StopIteration(7)))

@contextmanager
def documented():
    """the doc"""
    yield

cm = documented()
print("doc:", cm.__doc__, "| undocumented:", no_yield().__doc__)
print("type:", type(cm).__name__, [c.__name__ for c in type(cm).__mro__])
print("has func before:", hasattr(cm, "func"))
with cm:
    pass
print("has func after:", hasattr(cm, "func"), hasattr(cm, "gen"))
print("wrapped:", documented.__wrapped__.__name__, documented.__name__, documented.__doc__)

# direct __exit__ with a bare type
cm = swallow(); cm.__enter__()
print("bare type exit:", cm.__exit__(ValueError, None, None))

# one-shot managers used as decorators get a fresh generator per call
@contextmanager
def announce(tag):
    print("  enter", tag)
    yield
    print("  exit", tag)

@announce("deco")
def decorated(x):
    """decorated doc"""
    return x * 2

print(decorated(2), decorated(3), decorated.__name__, decorated.__doc__)

class mydeco(ContextDecorator):
    def __enter__(self): print("  mydeco enter"); return self
    def __exit__(self, *exc): print("  mydeco exit", exc[0]); return False

@mydeco()
def f():
    return "f ran"
print(f())

# ExitStack
def stack_demo():
    log = []
    with ExitStack() as stack:
        stack.callback(log.append, "cb1")
        stack.push(lambda *e: log.append(("push", e[0])))
        class CM:
            def __enter__(self): log.append("enter"); return "entered"
            def __exit__(self, *e): log.append("exit"); return False
        log.append(stack.enter_context(CM()))
        print("callback returns:", stack.callback(len, "abc") is len)
    return log
print(stack_demo())

def suppressing_stack():
    with ExitStack() as stack:
        stack.push(lambda t, v, tb: True)
        raise ValueError("hidden")
    return "after"
show("stack suppress", suppressing_stack)

def chaining_stack():
    def raiser(exc):
        def cb(*details):
            raise exc
        return cb
    with ExitStack() as stack:
        stack.push(raiser(KeyError("inner")))
        stack.push(raiser(IndexError("outer")))
        raise ValueError("body")
try:
    chaining_stack()
except BaseException as e:
    chain = []
    while e is not None:
        chain.append(f"{type(e).__name__}({e})")
        e = e.__context__
    print("chain:", " <- ".join(chain))

def exit_sees():
    seen = []
    with ExitStack() as stack:
        stack.push(lambda t, v, tb: seen.append(t and t.__name__))
        stack.push(lambda t, v, tb: True)
        stack.push(lambda t, v, tb: seen.append(t and t.__name__))
        raise OSError("x")
    return seen
show("exit sees", exit_sees)

def not_cm():
    with ExitStack() as stack:
        stack.enter_context(42)
show("enter_context(42)", not_cm)

def pop_all_demo():
    log = []
    with ExitStack() as stack:
        stack.callback(log.append, 1)
        moved = stack.pop_all()
    log.append("stack exited")
    moved.close()
    return log, type(moved).__name__
show("pop_all", pop_all_demo)

# stack exit inside an except handler keeps the handled exception at the end of the chain
def in_handler():
    try:
        raise ZeroDivisionError("outer")
    except ZeroDivisionError:
        with ExitStack() as stack:
            stack.callback(lambda: 1 / 0 if False else {}["k"])
try:
    in_handler()
except KeyError as e:
    print("handler ctx:", type(e.__context__).__name__, e.__context__)

# suppress
with suppress(KeyError):
    {}["a"]
print("suppress exit none:", suppress(KeyError).__exit__(None, None, None))
try:
    with suppress(ValueError):
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except ExceptionGroup as eg:
    print("group rest:", eg, eg.exceptions)
with suppress(ValueError):
    raise ExceptionGroup("g", [ValueError(1), ValueError(2)])
print("group fully suppressed")
try:
    with suppress():
        raise ValueError("nothing suppressed")
except ValueError as e:
    print("empty suppress:", e)

# redirect, reentrant
buf = io.StringIO()
r = redirect_stderr(buf)
with r:
    print("e1", file=sys.stderr)
    with r:
        print("e2", file=sys.stderr)
    print("e3", file=sys.stderr)
print("stderr buf:", repr(buf.getvalue()), sys.stderr is sys.__stderr__)
with redirect_stdout(None) as target:
    pass
print("redirect target:", target)

# closing / nullcontext / chdir
class Thing:
    def close(self): print("  closed")
with closing(Thing()) as t:
    print("  closing gives", type(t).__name__)
with nullcontext() as n:
    print("nullcontext default:", n)
here = os.getcwd()
with chdir("/") as c:
    print("chdir enter:", c, os.getcwd())
print("back:", os.getcwd() == here)

# ABCs
class Duck:
    def __enter__(self): pass
    def __exit__(self, *a): pass
print("abc:", isinstance(Duck(), AbstractContextManager), isinstance(1, AbstractContextManager),
      issubclass(nullcontext, AbstractAsyncContextManager), AbstractContextManager[int])
class Partial(AbstractContextManager):
    pass
try:
    Partial()
except TypeError as e:
    print("abstract:", e)
class Fine(AbstractContextManager):
    def __exit__(self, *a): return None
fine = Fine()
print("default enter is self:", fine.__enter__() is fine)

# async forms
@asynccontextmanager
async def aresource(name):
    print("  aenter", name)
    try:
        yield name.upper()
    finally:
        print("  aexit", name)

@asynccontextmanager
async def ano_yield():
    if False:
        yield

@asynccontextmanager
async def aswallow():
    try:
        yield
    except ValueError:
        print("  async swallowed")

class AGen:
    def __init__(self): self.closed = False
    async def aclose(self): print("  aclose called")

async def main():
    async with aresource("a") as v:
        print("  got", v)
    try:
        async with ano_yield():
            pass
    except RuntimeError as e:
        print("  async no yield:", e)
    async with aswallow():
        raise ValueError
    try:
        async with aswallow():
            raise StopAsyncIteration("s")
    except BaseException as e:
        print("  through:", type(e).__name__)

    @aresource("deco")
    async def work():
        return "work done"
    print(" ", await work())

    async with aclosing(AGen()) as g:
        print("  aclosing gives", type(g).__name__)
    async with nullcontext(9) as n:
        print("  async nullcontext", n)

    log = []
    async def acb(x):
        log.append(("async cb", x))
    async with AsyncExitStack() as stack:
        r = await stack.enter_async_context(aresource("s"))
        stack.push_async_callback(acb, 1)
        stack.callback(log.append, "sync cb")
        stack.push_async_exit(lambda *e: acb("exit"))
        print("  entered", r)
    print(" ", log)
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(nullcontext.__new__(object))
    except TypeError as e:
        print("  ", e)
    async with AsyncExitStack() as stack:
        async def sup(*e):
            return True
        stack.push_async_exit(sup)
        raise KeyError("async suppressed")
    print("  after async suppression")
    stack = AsyncExitStack()
    stack.push_async_callback(acb, 2)
    await stack.aclose()
    print(" ", log[-1])

asyncio.run(main())
