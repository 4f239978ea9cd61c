"""Exit handlers (pydive's atexit): functions registered here run, last registered first,
when the program ends (after an uncaught exception's traceback, as CPython)."""

_exithandlers = []


def register(func, *args, **kwargs):
    """Register func(*args, **kwargs) to run at exit; returns func (a decorator)."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func):
    """Remove every registration of func."""
    _exithandlers[:] = [h for h in _exithandlers if h[0] != func]


def _clear():
    del _exithandlers[:]


def _ncallbacks():
    return len(_exithandlers)


def _run_exitfuncs():
    """Run the handlers, last first; an exception is reported and the next one runs."""
    import sys
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:    # SystemExit too (3.12 reports it)
            # atexit_callfuncs' _PyErr_WriteUnraisableMsg: sys.unraisablehook, with the
            # traceback from the callback's frame on
            report = _UnraisableArgs()
            report.exc_type, report.exc_value = type(exc), exc
            report.exc_traceback = exc.__traceback__.tb_next
            report.err_msg = "Exception ignored in atexit callback"
            report.object = func
            sys.unraisablehook(report)
            del report


class _UnraisableArgs:
    """The fields of sys.UnraisableHookArgs."""
