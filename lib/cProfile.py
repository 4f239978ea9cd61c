"""cProfile for pydive: the profile engine (lib/profile.py) with cProfile's interface
(enable/disable, context manager) and its names for built-in functions."""

import sys

import profile as _profile

__all__ = ["run", "runctx", "Profile"]


def _label(fn):
    owner = getattr(fn, "__self__", None)
    name = getattr(fn, "__name__", "?")
    if owner is None or type(owner).__name__ == "module":
        module = getattr(owner, "__name__", None) or getattr(fn, "__module__", None)
        return "<built-in method %s.%s>" % (module, name) if module else \
            "<built-in method %s>" % name
    return "<method '%s' of '%s' objects>" % (name, type(owner).__name__)


class Profile(_profile._Engine):
    """Profile(timer=None, timeunit=0.0, subcalls=True, builtins=True)"""

    _DISABLE = ("~", 0, "<method 'disable' of '_lsprof.Profiler' objects>")
    _ENABLE = ("~", 0, "<method 'enable' of '_lsprof.Profiler' objects>")

    def __init__(self, timer=None, timeunit=0.0, subcalls=True, builtins=True):
        super().__init__(timer)
        self._subcalls = subcalls
        self._builtins = builtins

    def _c_key(self, fn):
        return ("~", 0, _label(fn))

    def _record_caller(self, entry, parent, elapsed, own, primitive):
        if not self._subcalls:
            return
        nc, cc, tt, ct = entry[4].get(parent, (0, 0, 0.0, 0.0))
        entry[4][parent] = (nc + 1, cc + (1 if primitive else 0), tt + own,
                            ct + (elapsed if primitive else 0.0))

    def _ignored(self, frame, event, arg):
        code = frame.f_code
        if code is _DISABLE_CODE:
            if event == "call":
                self._enter(self._DISABLE, None)
            return True
        if code is _ENABLE_CODE:
            return True
        if event.startswith("c_"):
            if arg is sys.setprofile and frame.f_code in (_DISABLE_CODE, _ENABLE_CODE):
                return True
            return not self._builtins
        return False

    def enable(self, subcalls=True, builtins=True):
        self._subcalls = subcalls
        self._builtins = builtins
        sys.setprofile(self.dispatcher)

    def disable(self):
        sys.setprofile(None)

    def create_stats(self):
        self.disable()
        self._finish()
        self.snapshot_stats()

    def getstats(self):
        raise NotImplementedError("pydive: cProfile.Profile.getstats")

    def clear(self):
        self.timings = {}
        self._stack = []

    def run(self, cmd):
        import __main__
        namespace = __main__.__dict__
        return self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals, locals):
        self.enable()
        try:
            exec(cmd, globals, locals)
        finally:
            self.disable()
        return self

    def runcall(self, func, /, *args, **kw):
        self.enable()
        try:
            return func(*args, **kw)
        finally:
            self.disable()

    def __enter__(self):
        self.enable()
        return self

    def __exit__(self, *exc_info):
        self.disable()


_DISABLE_CODE = Profile.disable.__code__
_ENABLE_CODE = Profile.enable.__code__


def run(statement, filename=None, sort=-1):
    prof = Profile()
    try:
        prof.run(statement)
    except SystemExit:
        pass
    _profile._show(prof, filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    prof = Profile()
    try:
        prof.runctx(statement, globals, locals)
    except SystemExit:
        pass
    _profile._show(prof, filename, sort)
