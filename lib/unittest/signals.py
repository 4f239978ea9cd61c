"""-c / catchbreak: the first Ctrl-C stops the running tests after the current one (their
results are still printed); a second one interrupts as usual."""

import signal
import weakref
from functools import wraps

__unittest = True


class _InterruptHandler(object):

    def __init__(self, previous):
        self.called = False
        self.original_handler = previous
        if isinstance(previous, int):
            if previous == signal.SIG_DFL:
                previous = signal.default_int_handler
            elif previous == signal.SIG_IGN:
                # Ctrl-C was ignored: keep ignoring it
                def previous(unused_signum, unused_frame):
                    pass
            else:
                raise TypeError("expected SIGINT signal handler to be signal.SIG_IGN, "
                                "signal.SIG_DFL, or a callable object")
        self.default_handler = previous

    def __call__(self, signum, frame):
        installed = signal.getsignal(signal.SIGINT)
        if installed is not self:
            # replaced by somebody else, who gets the signal
            self.default_handler(signum, frame)
        if self.called:
            self.default_handler(signum, frame)
        self.called = True
        for result in _results.keys():
            result.stop()


_results = weakref.WeakKeyDictionary()


def registerResult(result):
    _results[result] = 1


def removeResult(result):
    return bool(_results.pop(result, None))


_interrupt_handler = None


def installHandler():
    global _interrupt_handler
    if _interrupt_handler is None:
        _interrupt_handler = _InterruptHandler(signal.getsignal(signal.SIGINT))
        signal.signal(signal.SIGINT, _interrupt_handler)


def removeHandler(method=None):
    if method is not None:
        @wraps(method)
        def without_handler(*args, **kwargs):
            current = signal.getsignal(signal.SIGINT)
            removeHandler()
            try:
                return method(*args, **kwargs)
            finally:
                signal.signal(signal.SIGINT, current)
        return without_handler
    if _interrupt_handler is not None:
        signal.signal(signal.SIGINT, _interrupt_handler.original_handler)
