# env: PYDIVE_OWN_MODULES=contextvars
import contextvars

v = contextvars.ContextVar("v", default=0)
w = contextvars.ContextVar("w")
print(repr(v), repr(w), v.name)
print(v.get(), w.get("fallback"))
try:
    w.get()
except LookupError as e:
    print("LookupError:", e)
tok = v.set(5)
print(v.get(), tok.var is v, tok.old_value, repr(tok))
ctx = contextvars.copy_context()
v.set(6)
print(v.get(), ctx[v], v in ctx, w in ctx, len(ctx), list(ctx.keys()) == [v])

def inside(x):
    print("inside", v.get(), x)
    v.set(100)
    w.set("w in ctx")
    return "ret"

print(ctx.run(inside, "arg"))
print(v.get(), ctx[v], ctx.get(w), dict(ctx.items()) == {v: 100, w: "w in ctx"})
try:
    ctx.run(ctx.run, print)
except RuntimeError as e:
    print("RuntimeError:", str(e).split(" is ")[1])
v.reset(tok)
print(v.get())
try:
    v.reset(tok)
except RuntimeError as e:
    print("RuntimeError:", e)
t2 = w.set(1)
try:
    v.reset(t2)
except ValueError as e:
    print("ValueError:", e)
t3 = ctx.run(w.set, 2)
try:
    w.reset(t3)
except ValueError as e:
    print("ValueError:", e)
print(contextvars.Token.MISSING)
empty = contextvars.Context()
print(len(empty), empty.get(v, "none"))
try:
    ctx[1]
except TypeError as e:
    print("TypeError:", e)
