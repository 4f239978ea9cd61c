# Protocols deques, contexts, variables and tokens do not define (len, iter, int, format, ...)
# fail or fall back as on CPython, naming their own types.
from collections import deque
import contextvars
it = iter(deque([1]))
v = contextvars.ContextVar("v")
tok = v.set(1)
for label, f in [("hash it", lambda: isinstance(hash(it), int)), ("len it", lambda: len(it)),
                 ("format d", lambda: format(deque([1]))), ("format v", lambda: format(v)[:12]),
                 ("str it", lambda: str(it)[:26]), ("bool it", lambda: bool(it)),
                 ("int d", lambda: int(deque())), ("d + 1", lambda: deque() + 1),
                 ("1 + d", lambda: 1 + deque()), ("d[0:1]", lambda: deque([1])[0:1]),
                 ("iter tok", lambda: iter(tok)), ("len v", lambda: len(v)),
                 ("d < 1", lambda: deque() < 1), ("d == 1", lambda: deque() == 1),
                 ("str ctx", lambda: str(contextvars.Context())[:22]),
                 ("list it", lambda: list(it)), 
                 ("tok.x", lambda: tok.x), ("d.x", lambda: deque().x), ("ctx.x", lambda: contextvars.Context().x)]:
    try:
        print(label, "=", f())
    except Exception as e:
        print(label, "->", type(e).__name__, str(e).replace("collections.", "").replace("_contextvars.", ""))
