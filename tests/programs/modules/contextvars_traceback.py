# An exception passing through Context.run: CPython's run is C and adds no traceback entry.
import contextvars

var = contextvars.ContextVar("var")


def step(n):
    var.set(n)
    if n == 2:
        raise KeyError(f"step {var.get()}")
    return contextvars.copy_context().run(step, n + 1)


ctx = contextvars.Context()
try:
    ctx.run(step, 0)
except KeyError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("frames:", names)
print(ctx[var], var.get("unset"))
ctx.run(step, 1)
