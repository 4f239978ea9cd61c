"""Context variables (PEP 567).

The machinery is native, as CPython's Python/context.c: pydive's
crates/vm/src/modules/contextvars.rs (`_contextvars`). Context.run is native code and so
leaves no frame in tracebacks, as in CPython.
"""

from _contextvars import Context, ContextVar, Token, copy_context

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')
