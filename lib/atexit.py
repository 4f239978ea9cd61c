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
        except SystemExit:
            pass
        except BaseException as exc:
            print(f"Exception ignored in atexit callback: {func!r}", file=sys.stderr)
            import traceback
            # as atexit_callfuncs' unraisable report: from the callback's frame on
            traceback.print_exception(type(exc), exc, exc.__traceback__.tb_next,
                                      file=sys.stderr)
