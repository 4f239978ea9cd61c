"""faulthandler for pydive: the switches and the traceback dumps of CPython's module.

pydive reports its own fatal errors; enable() only records the setting. dump_traceback()
writes the Python stack in CPython's format ("File ..., line N in name", newest first).
"""

import sys

_enabled = False
_later = None


def _target(file):
    if file is None:
        file = sys.stderr
    if file is None:
        raise RuntimeError("sys.stderr is None")
    if isinstance(file, int):
        if file < 0:
            raise ValueError("file is not a valid file descriptor")
        return file
    fileno = getattr(file, "fileno", None)
    if fileno is None:
        raise AttributeError("'%s' object has no attribute 'fileno'" % type(file).__name__)
    fileno()
    return file


def enable(file=None, all_threads=True):
    """Enable the fault handler (recorded only: pydive has no signal-level handler)."""
    global _enabled
    _target(file)
    _enabled = True


def disable():
    """Disable the fault handler; True if it was enabled."""
    global _enabled
    was = _enabled
    _enabled = False
    return was


def is_enabled():
    """Whether the fault handler is enabled."""
    return _enabled


def _lines(frame):
    out = []
    while frame is not None:
        code = frame.f_code
        out.append('  File "%s", line %d in %s\n' % (code.co_filename, frame.f_lineno,
                                                      code.co_name))
        frame = frame.f_back
    return out


def dump_traceback(file=None, all_threads=True):
    """Write the current thread's stack (newest call first)."""
    out = _target(file)
    if all_threads:
        import threading
        head = "Current thread 0x%016x (most recent call first):\n" % threading.get_ident()
    else:
        head = "Stack (most recent call first):\n"
    text = head + "".join(_lines(sys._getframe(1)))
    if isinstance(out, int):
        import os
        os.write(out, text.encode("utf-8", "backslashreplace"))
    else:
        out.write(text)
        out.flush()


def dump_traceback_later(timeout, repeat=False, file=None, exit=False):
    """Not supported by pydive beyond its checks: raises nothing, dumps nothing."""
    global _later
    if timeout <= 0:
        raise ValueError("timeout must be greater than 0")
    _target(file)
    _later = (timeout, repeat, exit)


def cancel_dump_traceback_later():
    """Cancel dump_traceback_later()."""
    global _later
    _later = None


def register(signum, file=None, all_threads=True, chain=False):
    """Accepted and ignored (pydive does not dump tracebacks on user signals)."""
    _target(file)


def unregister(signum):
    """False: no handler was registered by register() in pydive."""
    return False
