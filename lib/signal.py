"""pydive's signal: the native `_signal` primitives, with the `Signals` and `Handlers`
IntEnums CPython 3.12 wraps around them (its signal() and getsignal() answer with members)."""

import _signal
from _signal import *  # noqa: F401,F403
from enum import IntEnum as _IntEnum


def _names_a_signal(name):
    # SIGINT, SIGTERM ... but not the handler constants SIG_DFL / SIG_IGN
    return name.isupper() and name[:3] == "SIG" and name[:4] != "SIG_"


class ItimerError(OSError):
    pass


ItimerError.__module__ = "signal"
ItimerError.__name__ = ItimerError.__qualname__ = "itimer_error"
_signal._set_itimer_error(ItimerError)
del _signal._set_itimer_error

_IntEnum._convert_("Signals", __name__, _names_a_signal)
_IntEnum._convert_("Handlers", __name__, lambda name: name in ("SIG_DFL", "SIG_IGN"))


def _as_member(number, kind):
    """The member of `kind` worth `number`, or `number` unchanged (a callable, an unknown int)."""
    if isinstance(number, int):
        try:
            number = kind(number)
        except ValueError:
            pass
    return number


def _plain(arg):
    # CPython hands anything int() accepts to the C layer as an int (members included).
    try:
        arg = int(arg)
    except (TypeError, ValueError):
        pass
    return arg


def signal(signalnum, handler):
    previous = _signal.signal(_plain(signalnum), _plain(handler))
    return _as_member(previous, Handlers)


def getsignal(signalnum):
    number = int(signalnum) if isinstance(signalnum, int) else signalnum
    return _as_member(_signal.getsignal(number), Handlers)


def strsignal(signalnum):
    number = int(signalnum) if isinstance(signalnum, int) else signalnum
    return _signal.strsignal(number)


def valid_signals():
    return set(_as_member(n, Signals) for n in _signal.valid_signals())


signal.__doc__ = _signal.signal.__doc__
getsignal.__doc__ = _signal.getsignal.__doc__
