"""The low-level thread module (pydive): CPython's _thread names over pydive's green threads.

Everything comes from lib/threading.py and the VM's `_pydive_thread`; see threading's
docstring for how threads run.
"""

import _pydive_thread as _pt
import threading as _threading

error = RuntimeError
TIMEOUT_MAX = _threading.TIMEOUT_MAX
LockType = lock = _threading.lock
RLock = _threading.RLock_
allocate_lock = allocate = _threading.Lock
get_ident = _threading.get_ident
get_native_id = _threading.get_native_id
stack_size = _threading.stack_size
_local = _threading.local
_ExceptHookArgs = _threading.ExceptHookArgs
_excepthook = _threading.excepthook
_count_started = 0


def start_new_thread(function, args, kwargs=None, /):
    """Run function(*args, **kwargs) in a new thread (at once, until it blocks); its ident."""
    if not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError("optional 3rd arg must be a dictionary")
    kwargs = {} if kwargs is None else kwargs

    def bootstrap():
        try:
            function(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as exc:
            import sys
            print("Exception ignored in thread started by: %r" % (function,), file=sys.stderr)
            import traceback
            traceback.print_exception(type(exc), exc, exc.__traceback__)

    return _pt.start(bootstrap, "")


start_new = start_new_thread


def _count():
    return _threading.active_count() - 1


def interrupt_main(signum=2, /):
    raise NotImplementedError("pydive: _thread.interrupt_main")


def exit():
    raise SystemExit


exit_thread = exit
