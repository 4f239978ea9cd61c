# contextmanager, nested with-blocks whose __exit__ raises, ExitStack (callbacks, push, pop_all),
# suppress, closing, nullcontext, redirect_stdout, misuse errors.
import contextlib
from contextlib import contextmanager, ExitStack, suppress, closing, nullcontext, redirect_stdout
import io

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        print("caught in tag", repr(e))
    finally:
        print(f"</{name}>")

with tag("a") as t, tag("b") as u:
    print(t, u)
with tag("c"):
    raise KeyError("k")
print("after c")
try:
    with tag("d"):
        raise ValueError("v")
except ValueError as e:
    print("outer", e)

class Res:
    def __init__(self, n, fail_exit=False): self.n = n; self.fail_exit = fail_exit
    def __enter__(self): print("enter", self.n); return self
    def __exit__(self, et, ev, tb):
        print("exit", self.n, et.__name__ if et else None, ev)
        if self.fail_exit:
            raise RuntimeError(f"exit {self.n} failed")
        return False
    def close(self): print("close", self.n)

try:
    with Res(1), Res(2, fail_exit=True), Res(3):
        raise ValueError("body")
except RuntimeError as e:
    print("got", e, "context:", repr(e.__context__))

with ExitStack() as st:
    rs = [st.enter_context(Res(i)) for i in range(3)]
    st.callback(print, "callback", "ran")
    st.push(lambda *a: print("push sees", a[0]) or False)
    print("inside stack", len(rs))

with ExitStack() as st:
    st.enter_context(Res(9))
    st2 = st.pop_all()
print("popped")
st2.close()

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
with closing(Res(7)) as r:
    print("using", r.n)
with nullcontext(5) as n:
    print("null", n)
buf = io.StringIO()
with redirect_stdout(buf):
    print("hidden")
print(repr(buf.getvalue()))

@contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print(e)
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print(e)

class Swallow:
    def __enter__(self): return self
    def __exit__(self, *a): return True
def f():
    for i in range(3):
        with Swallow():
            if i == 1:
                continue
            raise IndexError(i)
    return "done"
print(f())

@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
    except Exception as e:
        log.append(f"rollback {type(e).__name__}")
        raise
    else:
        log.append("commit")
log = []
with transaction(log): log.append("work")
try:
    with transaction(log): raise OSError("disk")
except OSError as e: log.append(str(e))
print(log)
try:
    with 5:
        pass
except TypeError as e:
    print(e)
class OnlyEnter:
    def __enter__(self): pass
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(e)
with contextlib.chdir("."):
    print("chdir ok")
