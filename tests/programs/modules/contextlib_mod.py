import contextlib, io
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
try:
    with tag("err"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
with contextlib.suppress(KeyError, IndexError):
    {}["x"]
print("suppressed")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
print("buffer had:", repr(buf.getvalue()))
with contextlib.ExitStack() as stack:
    for n in "xyz":
        stack.enter_context(tag(n))
    stack.callback(print, "callback runs first")
    print("stack body")
class Res:
    def close(self): print("closed Res")
with contextlib.closing(Res()):
    print("using Res")
with contextlib.nullcontext(5) as v:
    print("nullcontext", v)
