# modules: abc _collections_abc collections.abc keyword operator collections functools types
import contextlib, sys, io
from contextlib import *
@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    except KeyError as e:
        print("caught", repr(e))
    finally:
        print("</%s>" % name)
with tag("a") as t:
    print("inside", t)
with tag("b"):
    raise KeyError("k")
try:
    with tag("c"):
        raise ValueError("v")
except ValueError as e:
    print("propagated", e)
@tag("deco")
def decorated(x):
    print("decorated body", x)
decorated(1); decorated(2)
@contextmanager
def noyield():
    if False:
        yield
@contextmanager
def twice():
    yield
    yield
for cm in (noyield, twice):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print("RuntimeError", e)
@contextmanager
def swallow():
    try:
        yield
    except Exception:
        yield
try:
    with swallow():
        1 / 0
except RuntimeError as e:
    print("RuntimeError", e)
@contextmanager
def plain():
    yield
try:
    with plain():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration passes", e)
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
with suppress(ValueError):
    raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
try:
    with suppress(ValueError):
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except ExceptionGroup as eg:
    print("rest", repr(eg))
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
with redirect_stderr(buf):
    print("err", file=sys.stderr)
print(repr(buf.getvalue()))
class Res:
    def __init__(self, n): self.n = n
    def close(self): print("closing", self.n)
    def __enter__(self): print("enter", self.n); return self
    def __exit__(self, *a): print("exit", self.n, a[0]); return False
with closing(Res(1)) as r:
    print("using", r.n)
with nullcontext(5) as v:
    print("null", v)
with ExitStack() as stack:
    for i in range(3):
        stack.enter_context(Res(i))
    stack.callback(print, "callback", 1)
    @stack.push
    def on_exit(*exc):
        print("pushed exit", exc[0])
try:
    with ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        stack.callback(lambda: {}["x"])
        raise ValueError("body")
except ZeroDivisionError as e:
    c = e
    while c is not None:
        print("chain", type(c).__name__)
        c = c.__context__
with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise KeyError("suppressed by stack")
print("after stack")
st = ExitStack(); st.callback(print, "moved"); st2 = st.pop_all(); st.close(); print("--"); st2.close()
try:
    ExitStack().enter_context(object())
except TypeError as e:
    print(e)
import asyncio
@asynccontextmanager
async def actx(n):
    print("aenter", n)
    yield n * 2
    print("aexit", n)
async def main():
    async with actx(3) as v:
        print("async body", v)
    async with AsyncExitStack() as st:
        v = await st.enter_async_context(actx(4))
        st.callback(print, "sync cb")
        async def acb(): print("async cb")
        st.push_async_callback(acb)
    async with nullcontext(9) as n:
        print("anull", n)
    async def agen():
        try:
            yield 1
            yield 2
        finally:
            print("agen closed")
    async with aclosing(agen()) as g:
        async for x in g:
            print("item", x)
            break
asyncio.run(main())
print(issubclass(Res, AbstractContextManager), isinstance(nullcontext(), AbstractAsyncContextManager), issubclass(int, AbstractContextManager))
