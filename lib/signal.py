"""pydive's signal: the native `_signal` primitives with CPython's enums (Signals, Handlers)
around them, as CPython's Lib/signal.py."""

import _signal
from _signal import *  # noqa: F401,F403
from enum import IntEnum as _IntEnum

_globals = globals()

_IntEnum._convert_(
    "Signals", __name__,
    lambda name: name.isupper() and (name.startswith("SIG") and not name.startswith("SIG_")))

_IntEnum._convert_(
    "Handlers", __name__,
    lambda name: name in ("SIG_DFL", "SIG_IGN"))


def _int_to_enum(value, enum_klass):
    """An enum member of `value` if there is one, else `value` itself."""
    if not isinstance(value, int):
        return value
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    """The int of an IntEnum member, or `value` itself."""
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


signal.__doc__ = _signal.signal.__doc__


def getsignal(signalnum):
    if isinstance(signalnum, int):
        signalnum = int(signalnum)
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)


getsignal.__doc__ = _signal.getsignal.__doc__


def strsignal(signalnum):
    if isinstance(signalnum, int):
        signalnum = int(signalnum)
    return _signal.strsignal(signalnum)


def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}


del _globals
