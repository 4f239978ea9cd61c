"""A small doctest runner that pydive can run: the parts of CPython's doctest that matter for
comparing outputs (compile in 'single' mode, capture stdout, compare the output or the last line
of the exception, ELLIPSIS / NORMALIZE_WHITESPACE / IGNORE_EXCEPTION_DETAIL, <BLANKLINE>).
It avoids re, traceback and io so that it needs little of the standard library.
Prints "setup" once the module's definitions ran, then one line per example, "ok N",
"FAIL N | got: ... | want: ..." or "skip N", then "done"; each line is flushed so that a
driver that sees the process crash or hang knows which example did it. Indexes given as
arguments (`pydive FILE.py 3 7`) are skipped: the drivers (run_doctests.sh and
crates/cli/tests/cpython_doctests.rs) rerun a file without the example that crashed it.
"""
import sys


class _Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass

    def take(self):
        text = "".join(self.parts)
        self.parts = []
        return text


def _ellipsis_match(want, got):
    pieces = want.split("...")
    if len(pieces) == 1:
        return want == got
    start, end = 0, len(got)
    first, last = pieces[0], pieces[-1]
    if not got.startswith(first):
        return False
    start = len(first)
    if not got.endswith(last) or len(got) - len(last) < start:
        return False
    end = len(got) - len(last)
    for piece in pieces[1:-1]:
        at = got.find(piece, start, end)
        if at < 0:
            return False
        start = at + len(piece)
    return True


def _matches(want, got, flags):
    want = "\n".join("" if line == "<BLANKLINE>" else line for line in want.split("\n"))
    if want == got:
        return True
    # doctest accepts True/False where 1/0 is written (unless DONT_ACCEPT_TRUE_FOR_1).
    if "DONT_ACCEPT_TRUE_FOR_1" not in flags and (want, got) in (("1\n", "True\n"), ("0\n", "False\n")):
        return True
    if "NORMALIZE_WHITESPACE" in flags:
        want = " ".join(want.split())
        got = " ".join(got.split())
        if want == got:
            return True
    if "ELLIPSIS" in flags:
        return _ellipsis_match(want, got)
    return False


def _exception_line(exc):
    kind = type(exc)
    name = kind.__qualname__
    module = kind.__module__
    if module not in ("builtins", "__main__"):
        name = module + "." + name
    if isinstance(exc, SyntaxError):
        detail = exc.msg
    else:
        detail = str(exc)
    return (name + ": " + detail if detail else name) + "\n"


def _strip_detail(line):
    head = line.split(":", 1)[0]
    return head.rsplit(".", 1)[-1].strip()


def _say(line):
    print(line, flush=True)


def _short(text):
    text = repr(text)
    return text if len(text) <= 160 else text[:150] + "...'"


def run(name, module_name, examples, setup=()):
    skip = set()
    for arg in sys.argv[1:]:
        skip.add(int(arg))
    globs = {"__name__": module_name}
    real_stdout = sys.stdout
    capture = _Capture()
    # The test module's own definitions, in place of a copy of its globals, one top-level
    # statement at a time: a failure is reported, the rest of the setup and the examples run.
    if isinstance(setup, str):
        setup = (setup,)
    for part, segment in enumerate(setup):
        sys.stdout = capture
        try:
            code = compile(segment, "<setup " + str(part) + " of " + module_name + ">", "exec")
            exec(code, globs)
        except BaseException as e:
            sys.stdout = real_stdout
            _say("setup failed: " + type(e).__name__ + ": " + str(e))
        finally:
            sys.stdout = real_stdout
            capture.take()
    _say("setup")
    for index, (lineno, source, want, exc_msg, flags) in enumerate(examples):
        if index in skip:
            _say("skip " + str(index))
            continue
        sys.stdout = capture
        exc = None
        try:
            code = compile(source, "<doctest " + name + "[" + str(index) + "]>", "single", 0, True)
            exec(code, globs)
        except KeyboardInterrupt:
            raise
        except BaseException as e:
            exc = e
        finally:
            sys.stdout = real_stdout
        got = capture.take()
        # Like doctest's _SpoofOut: output that does not end a line gets its newline.
        if got and not got.endswith("\n"):
            got += "\n"
        if exc is None:
            ok = exc_msg is None and _matches(want, got, flags)
        else:
            line = _exception_line(exc)
            got = got + line
            if exc_msg is None:
                ok = False
            else:
                ok = _matches(exc_msg, line, flags)
                if not ok and "IGNORE_EXCEPTION_DETAIL" in flags:
                    ok = _strip_detail(exc_msg) == _strip_detail(line)
        if ok:
            _say("ok " + str(index))
        else:
            expected = want if exc_msg is None else exc_msg
            _say("FAIL " + str(index) + " | got: " + _short(got) + " | want: " + _short(expected))
    _say("done")
