"""timeit: time small pieces of code (pydive's own version of CPython 3.12's module).

A statement given as a string is pasted into the body of a generated function, so that the
timed loop runs it without any call overhead (as CPython's module does); a callable is called
from that loop instead.
"""

import gc
import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_GENERATED = '''
def inner(_it, _timer{params}):
{setup}
    _t0 = _timer()
    for _i in _it:
{stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
'''


def _indented(source, depth):
    pad = " " * depth
    return "\n".join(pad + line for line in source.split("\n"))


def _check_compiles(source, mode="exec"):
    # Checked alone first, so that a syntax error is reported against the user's own text.
    compile(source, dummy_src_name, mode)


class Timer:
    """Times `stmt` after running `setup` once, with `timer` as the clock."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        namespace = {}
        params = []
        if isinstance(setup, str):
            _check_compiles(setup)
            setup_code = _indented(setup, 4)
            setup_prefix = setup + "\n"
        elif callable(setup):
            namespace["_setup"] = setup
            params.append("_setup=_setup")
            setup_code = "    _setup()"
            setup_prefix = ""
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            _check_compiles(setup_prefix + stmt)
            stmt_code = _indented(stmt, 8)
        elif callable(stmt):
            namespace["_stmt"] = stmt
            params.append("_stmt=_stmt")
            stmt_code = "        _stmt()"
        else:
            raise ValueError("stmt is neither a string nor callable")
        params_text = "".join(", " + p for p in params)
        source = _GENERATED.format(params=params_text, setup=setup_code, stmt=stmt_code)
        self.src = source
        code = compile(source, dummy_src_name, "exec")
        exec(code, globals if globals is not None else {}, namespace)
        self.inner = namespace["inner"]

    def print_exc(self, file=None):
        """Print the current exception's traceback, showing the generated source's lines."""
        import linecache
        import traceback
        source = self.src
        if source is not None:
            # (the generated code's lines, where the traceback printer looks for them)
            linecache.cache[dummy_src_name] = (len(source), None, source.split("\n"),
                                               dummy_src_name)
        traceback.print_exception(*sys.exc_info(), file=file)

    def timeit(self, number=default_number):
        """Seconds taken by `number` runs of the statement (the garbage collector off)."""
        loop = itertools.repeat(None, number)
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self.inner(loop, self.timer)
        finally:
            if collecting:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of `repeat` results of timeit(number)."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Find a loop count (1, 2, 5, 10, 20, 50, ...) that takes at least 0.2 s."""
        scale = 1
        while True:
            for step in (1, 2, 5):
                number = step * scale
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return (number, taken)
            scale *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number,
           globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


def _format_time(seconds, unit, precision):
    scales = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}
    if unit is None:
        for unit in ("sec", "msec", "usec", "nsec"):
            if seconds >= scales[unit]:
                break
    return "%.*g %s" % (precision, seconds / scales[unit], unit)


def main(args=None, *, _wrap_timer=None):
    """The `python -m timeit` command line."""
    import getopt
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = getopt.getopt(args, "n:u:s:r:pvh",
                                   ["number=", "setup=", "repeat=", "process", "verbose",
                                    "unit=", "help"])
    except getopt.error as err:
        print(err)
        print("use -h/--help for command line help")
        return 2
    stmt = "\n".join(args) or "pass"
    number = 0
    setup = []
    repeat_count = default_repeat
    verbose = 0
    unit = None
    precision = 3
    timer = default_timer
    for opt, value in opts:
        if opt in ("-n", "--number"):
            number = int(value)
        if opt in ("-s", "--setup"):
            setup.append(value)
        if opt in ("-u", "--unit"):
            if value not in ("nsec", "usec", "msec", "sec"):
                print("Unrecognized unit. Please select nsec, usec, msec, or sec.",
                      file=sys.stderr)
                return 2
            unit = value
        if opt in ("-r", "--repeat"):
            repeat_count = max(int(value), 1)
        if opt in ("-p", "--process"):
            timer = time.process_time
        if opt in ("-v", "--verbose"):
            if verbose:
                precision += 1
            verbose += 1
        if opt in ("-h", "--help"):
            print(__doc__, end=" ")
            return 0
    setup = "\n".join(setup) or "pass"
    if _wrap_timer:
        timer = _wrap_timer(timer)  # (the tests' hook around the clock)
    timer_obj = Timer(stmt, setup, timer)
    if number == 0:
        def report(count, taken):
            print("{num} loop{s} -> {secs:.{prec}g} secs".format(
                num=count, s="s" if count != 1 else "", secs=taken, prec=precision))
        try:
            number, _ = timer_obj.autorange(report if verbose else None)
        except BaseException:
            timer_obj.print_exc()
            return 1
        if verbose:
            print()
    try:
        results = timer_obj.repeat(repeat_count, number)
    except BaseException:
        timer_obj.print_exc()
        return 1
    per_loop = [taken / number for taken in results]
    best = min(per_loop)
    if verbose:
        print("raw times: %s" % ", ".join(_format_time(t, unit, precision) for t in results))
        print()
    print("%d loop%s, best of %d: %s per loop"
          % (number, "s" if number != 1 else "", repeat_count,
             _format_time(best, unit, precision)))
    worst = max(per_loop)
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit("The test results are likely unreliable. "
                               "The worst time (%s) was more than four times "
                               "slower than the best time (%s)."
                               % (_format_time(worst, unit, precision),
                                  _format_time(best, unit, precision)),
                               UserWarning, "", 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
