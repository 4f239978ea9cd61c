# contextvars: Context, ContextVar, Token and copy_context (CPython's are C, _contextvars).
import contextvars
import re
import threading
import time
from contextvars import Context, ContextVar, Token, copy_context


def show(r):
    # object reprs carry addresses: print them without
    return re.sub(r" at 0x[0-9a-f]+", "", repr(r))


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", show(e.args[0]) if e.args and not isinstance(e.args[0], str) else re.sub(r" at 0x[0-9a-f]+", "", str(e)))
    else:
        print(label, "=", show(r))


a = ContextVar("a")
b = ContextVar("b", default=None)
c = ContextVar("c", default=[1])
print(show(a), show(b), show(c), a.name, b.name)
print(a.get("dflt"), b.get(), b.get(7), c.get() is c.get())
attempt("a.get()", a.get)
ta = a.set(1)
print(a.get(), show(ta), show(ta.var), ta.var is a, show(ta.old_value), ta.old_value is Token.MISSING)
ta2 = a.set(2)
print(a.get(), ta2.old_value)
a.reset(ta2)
print(a.get(), show(ta2))
a.reset(ta)
attempt("after reset", a.get)
attempt("reset twice", lambda: a.reset(ta))
attempt("reset by other var", lambda: b.reset(a.set(3)))
attempt("reset non-token", lambda: a.reset("tok"))

# copies are snapshots; a Context's own changes stay inside it
a.set("outer")
snap = copy_context()
a.set("changed")
print(snap[a], a.get(), snap.get(a), a in snap, b in snap, len(snap), snap == copy_context())


def inside(x, *, y=None):
    before = a.get()
    a.set("inside")
    b.set(x)
    return before, a.get(), y


print(snap.run(inside, 5, y="kw"), a.get(), b.get(), snap[a], snap[b])
print(sorted(v.name for v in snap), sorted(v.name for v in snap.keys()),
      sorted(map(str, snap.values())), sorted((k.name, v) for k, v in snap.items()))
cp = snap.copy()
print(cp == snap, cp is snap, cp != snap)
cp.run(b.set, "only in cp")
print(cp[b], snap[b], cp == snap, cp != snap)

# a token made in one context cannot reset in another
tok = snap.run(a.set, "tok")
attempt("reset in other context", lambda: a.reset(tok))
print(snap.run(lambda: (a.reset(tok), a.get())[1]))

# run is not re-entrant for the same context; nesting different ones is fine
attempt("re-enter", lambda: snap.run(snap.run, print))
outer = Context()
inner_ctx = Context()
print(outer.run(lambda: inner_ctx.run(lambda: a.get("none"))))
print(outer.run(lambda: (a.set(1), inner_ctx.run(a.get, "fresh"), a.get())[1:]))


def boom():
    a.set("boom")
    raise ValueError("from run")


attempt("exception in run", lambda: snap.run(boom))
print(snap[a], a.get())
print(snap.run(snap.copy().run, a.get))

# mapping errors and the empty context
empty = Context()
print(len(empty), list(empty), empty.get(a), empty.get(a, "d"), a in empty)
attempt("ctx[1]", lambda: empty[1])
attempt("ctx.get('x')", lambda: empty.get("x"))
attempt("'x' in ctx", lambda: "x" in empty)
attempt("missing key", lambda: empty[a])
attempt("Context(1)", lambda: Context(1))
attempt("run()", lambda: empty.run())
try:
    hash(empty)
except TypeError:
    print("hash(ctx): TypeError")
print(empty == Context(), empty != Context(), empty == {}, empty.__eq__(1))

# construction errors
attempt("ContextVar(1)", lambda: ContextVar(1))
attempt("ContextVar()", lambda: ContextVar())
attempt("ContextVar(x, 1)", lambda: ContextVar("x", 1))
attempt("ContextVar(foo=)", lambda: ContextVar("x", foo=1))
attempt("Token()", lambda: Token())
attempt("get(1, 2)", lambda: a.get(1, 2))
attempt("set()", lambda: a.set())
for base in (Context, ContextVar, Token):
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print("subclass:", e)

# types and generics
print(Context.__name__, ContextVar.__name__, Token.__name__, Context.__module__)
print(ContextVar[int], Token[str], show(Token.MISSING), contextvars.__all__)
print(type(hash(a)).__name__, hash(a) == hash(a), {a: 1}[a])
print(copy_context().run(lambda: copy_context() == copy_context()))

# each thread starts with an empty context
v = ContextVar("v", default="unset")
v.set("main")
seen = []


def worker(n):
    seen.append((n, v.get()))
    v.set(n)
    time.sleep(0.001)
    seen.append((n, v.get()))


threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(seen, key=str), v.get())

# read-only attributes (and deque.maxlen)
from collections import deque

tv = v.set(1)
for obj, name in [(deque(), "maxlen"), (v, "name"), (tv, "var"), (tv, "old_value")]:
    for op in ("set", "del"):
        try:
            setattr(obj, name, 1) if op == "set" else delattr(obj, name)
        except AttributeError as e:
            print(op, name, e)

# the context of an ended thread (and what it holds) is released
import gc
import weakref


class Big:
    pass


refs = []


def holder():
    big = Big()
    refs.append(weakref.ref(big))
    v.set(big)


for _ in range(3):
    t = threading.Thread(target=holder)
    t.start()
    t.join()
v.set("main again")
gc.collect()
print(sum(r() is not None for r in refs), v.get())
