"""A deterministic profiler over sys.setprofile (pydive).

Profile records, per function, the calls (all and primitive, i.e. not recursive), the time
spent in it alone and with what it called, and who called it; pstats.Stats reads the
result.  Python functions are keyed (filename, first line, name); functions written in C
("built-ins") ('', 0, name) here and ('~', 0, '<built-in method ...>') in cProfile.
"""

import sys
import time

__all__ = ["run", "runctx", "Profile"]


class _Frame:
    __slots__ = ("key", "frame", "start", "inner")

    def __init__(self, key, frame, start):
        self.key = key
        self.frame = frame
        self.start = start
        self.inner = 0.0


class _Engine:
    """Keeps the call stack and the per-function totals; subclasses name the functions."""

    def __init__(self, timer=None):
        self._clock = timer or time.perf_counter
        self.timings = {}
        self._stack = []

    # naming, overridden by cProfile
    def _c_key(self, fn):
        return ("", 0, getattr(fn, "__name__", repr(fn)))

    def _py_key(self, code):
        return (code.co_filename, code.co_firstlineno, code.co_name)

    def _record_caller(self, entry, parent, elapsed, inner, primitive):
        entry[4][parent] = entry[4].get(parent, 0) + 1

    def _now(self):
        value = self._clock()
        return value if isinstance(value, float) else float(sum(value) if
                                                               isinstance(value, tuple)
                                                               else value)

    def _enter(self, key, frame):
        self.timings.setdefault(key, [0, 0, 0.0, 0.0, {}])  # first-call order, as CPython
        self._stack.append(_Frame(key, frame, self._now()))

    def _leave(self):
        top = self._stack.pop()
        elapsed = self._now() - top.start
        primitive = all(f.key != top.key for f in self._stack)
        entry = self.timings.setdefault(top.key, [0, 0, 0.0, 0.0, {}])
        entry[1] += 1
        entry[2] += elapsed - top.inner
        if primitive:
            entry[0] += 1
            entry[3] += elapsed
        if self._stack:
            parent = self._stack[-1]
            parent.inner += elapsed
            self._record_caller(entry, parent.key, elapsed, elapsed - top.inner, primitive)
        return top

    def _ignored(self, frame, event, arg):
        return False

    def dispatcher(self, frame, event, arg):
        if self._ignored(frame, event, arg):
            return
        if event == "call":
            self._enter(self._py_key(frame.f_code), frame)
        elif event == "c_call":
            self._enter(self._c_key(arg), None)
        elif event == "return":
            if any(f.frame is frame for f in self._stack):
                while self._stack and self._stack[-1].frame is not frame:
                    self._leave()
                self._leave()
        elif event in ("c_return", "c_exception"):
            if self._stack and self._stack[-1].frame is None:
                self._leave()

    def _finish(self):
        while self._stack:
            self._leave()

    def create_stats(self):
        self._finish()
        self.snapshot_stats()

    def snapshot_stats(self):
        self.stats = {key: (cc, nc, tt, ct, dict(callers))
                      for key, (cc, nc, tt, ct, callers) in self.timings.items()}

    def print_stats(self, sort=-1):
        import pstats
        if not isinstance(sort, tuple):
            sort = (sort,)
        pstats.Stats(self).strip_dirs().sort_stats(*sort).print_stats()

    def dump_stats(self, file):
        self.create_stats()
        _write_stats(self.stats, file)


def _write_stats(stats, file):
    """CPython writes the stats dict with marshal; pydive's marshal handles only code
    objects, so it falls back to pickle (pstats.Stats reads both)."""
    import marshal
    try:
        data = marshal.dumps(stats)
    except NotImplementedError:
        import pickle
        data = pickle.dumps(stats, 2)
    with open(file, "wb") as f:
        f.write(data)


class Profile(_Engine):
    """profile.Profile(timer=None, bias=None)"""

    bias = 0

    def __init__(self, timer=None, bias=None):
        super().__init__(timer)
        if bias is not None:
            self.bias = bias
        self._fake("profiler")
        self._outer = len(self._stack)

    def _fake(self, name):
        key = ("profile", 0, name)
        self.timings.setdefault(key, [0, 0, 0.0, 0.0, {}])
        self._enter(key, None)
        self._stack[-1].frame = key  # never matched by a real frame

    def _finish(self):
        # the simulated 'profiler' frame is never counted as a call
        while len(self._stack) > 1:
            self._leave()

    def set_cmd(self, cmd):
        if len(self._stack) == 1:
            self._fake(cmd)

    def simulate_call(self, name):
        self._fake(name)

    def simulate_cmd_complete(self):
        self._finish()

    def run(self, cmd):
        import __main__
        namespace = __main__.__dict__
        return self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals, locals):
        self.set_cmd(cmd)
        sys.setprofile(self.dispatcher)
        try:
            exec(cmd, globals, locals)
        finally:
            sys.setprofile(None)
        return self

    def runcall(self, func, /, *args, **kw):
        self.set_cmd(repr(func))
        sys.setprofile(self.dispatcher)
        try:
            return func(*args, **kw)
        finally:
            sys.setprofile(None)

    def calibrate(self, m, verbose=0):
        raise NotImplementedError("pydive: profile.Profile.calibrate")


def _show(prof, filename, sort):
    if filename is not None:
        prof.dump_stats(filename)
    else:
        prof.print_stats(sort)


def run(statement, filename=None, sort=-1):
    """Profile `statement` in __main__'s namespace; print the stats or save them."""
    prof = Profile()
    try:
        prof.run(statement)
    except SystemExit:
        pass
    _show(prof, filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    prof = Profile()
    try:
        prof.runctx(statement, globals, locals)
    except SystemExit:
        pass
    _show(prof, filename, sort)
