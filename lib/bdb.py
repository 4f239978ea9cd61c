"""The debugger base class over sys.settrace (pydive).

Bdb decides, for every trace event, whether the program should stop there (stepping,
next/return/until, breakpoints with conditions, ignore counts and temporary breakpoints,
skipped modules) and calls the user_* hooks a subclass overrides; pdb-like tools build on it.
"""

import fnmatch
import os
import sys

__all__ = ["BdbQuit", "Bdb", "Breakpoint"]

_GEN_OR_CORO = 0x20 | 0x80 | 0x200  # CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR


class BdbQuit(Exception):
    """Exception to give up completely."""


def _suspendable(frame):
    return bool(frame.f_code.co_flags & _GEN_OR_CORO)


class Bdb:
    """Generic Python debugger base class."""

    def __init__(self, skip=None):
        self.skip = set(skip) if skip else None
        self.breaks = {}
        self.fncache = {}
        self.frame_returning = None
        for where in Breakpoint.bplist:
            self._add_to_breaks(*where)

    def canonic(self, fname):
        """An absolute, case-normalized file name; "<...>" names stay as they are."""
        if fname.startswith("<") and fname.endswith(">"):
            return fname
        known = self.fncache.get(fname)
        if not known:
            known = os.path.normcase(os.path.abspath(fname))
            self.fncache[fname] = known
        return known

    def reset(self):
        import linecache
        linecache.checkcache()
        self.botframe = None
        self._set_stopinfo(None, None)

    # -- event dispatch -------------------------------------------------------------------

    def trace_dispatch(self, frame, event, arg):
        """The trace function installed for debugged frames."""
        if self.quitting:
            return None
        handler = {"line": lambda: self.dispatch_line(frame),
                   "call": lambda: self.dispatch_call(frame, arg),
                   "return": lambda: self.dispatch_return(frame, arg),
                   "exception": lambda: self.dispatch_exception(frame, arg)}.get(event)
        if handler is not None:
            return handler()
        if not event.startswith("c_"):
            print("bdb.Bdb.dispatch: unknown debugging event:", repr(event))
        return self._again

    @property
    def _again(self):
        return self.trace_dispatch

    def _check_quit(self):
        if self.quitting:
            raise BdbQuit

    def dispatch_line(self, fr):
        if self.stop_here(fr) or self.break_here(fr):
            self.user_line(fr)
            self._check_quit()
        return self._again

    def dispatch_call(self, fr, info):
        if self.botframe is None:
            # the first event since reset(): the fr that started debugging
            self.botframe = fr.f_back
            return self._again
        interesting = self.stop_here(fr) or self.break_anywhere(fr)
        if not interesting:
            return None
        if self.stopframe and _suspendable(fr):
            return self._again
        self.user_call(fr, info)
        self._check_quit()
        return self._again

    def dispatch_return(self, fr, info):
        if not (self.stop_here(fr) or fr == self.returnframe):
            return self._again
        if self.stopframe and _suspendable(fr):
            return self._again
        self.frame_returning = fr
        try:
            self.user_return(fr, info)
        finally:
            self.frame_returning = None
        self._check_quit()
        if self.stopframe is fr and self.stoplineno != -1:
            self._set_stopinfo(None, None)
        return self._again

    def dispatch_exception(self, fr, info):
        exc_type, _, tb = info
        if self.stop_here(fr):
            # a generator's StopIteration made by its return is not an exception to stop at
            ends_generator = _suspendable(fr) and exc_type is StopIteration and tb is None
            if not ends_generator:
                self.user_exception(fr, info)
                self._check_quit()
        elif (self.stopframe and fr is not self.stopframe
              and _suspendable(self.stopframe)
              and exc_type in (StopIteration, GeneratorExit)):
            self.user_exception(fr, info)
            self._check_quit()
        return self._again

    # -- where to stop ----------------------------------------------------------------------

    def is_skipped_module(self, modname):
        if modname is None:
            return False
        return any(fnmatch.fnmatch(modname, pat) for pat in self.skip)

    def stop_here(self, fr):
        """Whether stepping stops in `fr`."""
        if self.skip and self.is_skipped_module(fr.f_globals.get("__name__")):
            return False
        if fr is not self.stopframe:
            return not self.stopframe
        return self.stoplineno != -1 and fr.f_lineno >= self.stoplineno

    def break_here(self, fr):
        """Whether an effective breakpoint is at fr's line (or its function's first)."""
        path = self.canonic(fr.f_code.co_filename)
        lines = self.breaks.get(path)
        if lines is None:
            return False
        line = fr.f_lineno
        if line not in lines:
            line = fr.f_code.co_firstlineno
            if line not in lines:
                return False
        bp, stop_for_real = effective(path, line, fr)
        if not bp:
            return False
        self.currentbp = bp.number
        if stop_for_real and bp.temporary:
            self.do_clear(str(bp.number))
        return True

    def do_clear(self, info):
        raise NotImplementedError("subclass of bdb must implement do_clear()")

    def break_anywhere(self, fr):
        return self.canonic(fr.f_code.co_filename) in self.breaks

    # -- hooks for subclasses ---------------------------------------------------------------

    def user_call(self, fr, args):
        pass

    def user_line(self, fr):
        pass

    def user_return(self, fr, value):
        pass

    def user_exception(self, fr, exc):
        pass

    # -- stepping -----------------------------------------------------------------------------

    def _set_stopinfo(self, stopframe, returnframe, stoplineno=0):
        """Stop in `stopframe` at a line >= stoplineno (-1: never), or below it when None."""
        self.stopframe, self.returnframe = stopframe, returnframe
        self.stoplineno = stoplineno
        self.quitting = False

    def set_until(self, fr, line_no=None):
        target = fr.f_lineno + 1 if line_no is None else line_no
        self._set_stopinfo(fr, fr, target)

    def set_step(self):
        returning = self.frame_returning
        if returning is not None:
            caller = returning.f_back
            if caller is not None and not caller.f_trace:
                caller.f_trace = self.trace_dispatch
        self._set_stopinfo(None, None)

    def set_next(self, fr):
        self._set_stopinfo(fr, None)

    def set_return(self, fr):
        if _suspendable(fr):
            self._set_stopinfo(fr, None, -1)
        else:
            self._set_stopinfo(fr.f_back, fr)

    def set_trace(self, frame=None):
        """Start debugging from `frame` (default: the caller's)."""
        frame = frame if frame is not None else sys._getframe().f_back
        self.reset()
        f = frame
        while f is not None:
            f.f_trace = self.trace_dispatch
            self.botframe = f
            f = f.f_back
        self.set_step()
        sys.settrace(self.trace_dispatch)

    def set_continue(self):
        self._set_stopinfo(self.botframe, None, -1)
        if self.breaks:
            return
        # nothing can stop us any more: run without the tracer
        sys.settrace(None)
        f = sys._getframe().f_back
        while f and f is not self.botframe:
            f.f_trace = None  # CPython deletes it; the same for the tracer
            f = f.f_back

    def set_quit(self):
        self.stopframe = self.botframe
        self.returnframe = None
        self.quitting = True
        sys.settrace(None)

    # -- breakpoints -------------------------------------------------------------------------

    def _add_to_breaks(self, fname, line_no):
        lines = self.breaks.setdefault(fname, [])
        if line_no not in lines:
            lines.append(line_no)

    def set_break(self, filename, lineno, temporary=False, cond=None, funcname=None):
        """Set a breakpoint; an error message if the line does not exist, else None."""
        import linecache
        filename = self.canonic(filename)
        if not linecache.getline(filename, lineno):
            return "Line %s:%d does not exist" % (filename, lineno)
        self._add_to_breaks(filename, lineno)
        Breakpoint(filename, lineno, temporary, cond, funcname)
        return None

    def _load_breaks(self):
        for where in Breakpoint.bplist:
            self._add_to_breaks(*where)

    def _prune_breaks(self, fname, line_no):
        if (fname, line_no) not in Breakpoint.bplist:
            self.breaks[fname].remove(line_no)
        if not self.breaks[fname]:
            del self.breaks[fname]

    def clear_break(self, fname, line_no):
        fname = self.canonic(fname)
        if fname not in self.breaks:
            return "There are no breakpoints in %s" % fname
        if line_no not in self.breaks[fname]:
            return "There is no breakpoint at %s:%d" % (fname, line_no)
        for bp in list(Breakpoint.bplist[fname, line_no]):
            bp.deleteMe()
        self._prune_breaks(fname, line_no)
        return None

    def clear_bpbynumber(self, info):
        try:
            bp = self.get_bpbynumber(info)
        except ValueError as err:
            return str(err)
        bp.deleteMe()
        self._prune_breaks(bp.file, bp.line)
        return None

    def clear_all_file_breaks(self, fname):
        fname = self.canonic(fname)
        lines = self.breaks.get(fname)
        if lines is None:
            return "There are no breakpoints in %s" % fname
        for line in lines:
            for bp in list(Breakpoint.bplist[fname, line]):
                bp.deleteMe()
        del self.breaks[fname]
        return None

    def clear_all_breaks(self):
        if not self.breaks:
            return "There are no breakpoints"
        for bp in list(Breakpoint.bpbynumber):
            if bp:
                bp.deleteMe()
        self.breaks = {}
        return None

    def get_bpbynumber(self, info):
        if not info:
            raise ValueError("Breakpoint number expected")
        try:
            number = int(info)
        except ValueError:
            raise ValueError("Non-numeric breakpoint number %s" % info) from None
        if not 0 <= number < len(Breakpoint.bpbynumber) and not (
                -len(Breakpoint.bpbynumber) <= number < 0):
            raise ValueError("Breakpoint number %d out of range" % number)
        bp = Breakpoint.bpbynumber[number]
        if bp is None:
            raise ValueError("Breakpoint %d already deleted" % number)
        return bp

    def get_break(self, fname, line_no):
        return line_no in self.breaks.get(self.canonic(fname), ())

    def get_breaks(self, fname, line_no):
        fname = self.canonic(fname)
        if line_no in self.breaks.get(fname, ()):
            return Breakpoint.bplist[fname, line_no] or []
        return []

    def get_file_breaks(self, fname):
        return self.breaks.get(self.canonic(fname), [])

    def get_all_breaks(self):
        return self.breaks

    # -- stack inspection ---------------------------------------------------------------------

    def get_stack(self, f, t):
        """([(frame, lineno), ...] from the bottom frame to f then down t, index of f)."""
        if t and t.tb_frame is f:
            t = t.tb_next
        frames = []
        while f is not None:
            frames.append((f, f.f_lineno))
            if f is self.botframe:
                break
            f = f.f_back
        frames.reverse()
        index = max(0, len(frames) - 1)
        while t is not None:
            frames.append((t.tb_frame, t.tb_lineno))
            t = t.tb_next
        if f is None:
            index = max(0, len(frames) - 1)
        return frames, index

    def format_stack_entry(self, frame_lineno, lprefix=": "):
        import linecache
        import reprlib
        frame, lineno = frame_lineno
        code = frame.f_code
        filename = self.canonic(code.co_filename)
        text = "%s(%r)%s()" % (filename, lineno, code.co_name or "<lambda>")
        f_locals = frame.f_locals
        if "__return__" in f_locals:
            text += "->" + reprlib.repr(f_locals["__return__"])
        if lineno is None:
            return text + f"{lprefix}Warning: lineno is None"
        source = linecache.getline(filename, lineno, frame.f_globals)
        if source:
            text += lprefix + source.strip()
        return text

    # -- running code under the debugger ------------------------------------------------------

    # Each runner calls the code itself, right after settrace: the first call event's
    # caller (the runner's frame) becomes the bottom frame, as in CPython.

    def _start(self):
        self.reset()
        sys.settrace(self.trace_dispatch)

    @staticmethod
    def _namespaces(globals, locals):
        if globals is None:
            import __main__
            globals = __main__.__dict__
        return globals, globals if locals is None else locals

    def run(self, cmd, globals=None, locals=None):
        g, l = self._namespaces(globals, locals)
        if isinstance(cmd, str):
            cmd = compile(cmd, "<string>", "exec")
        self._start()
        try:
            exec(cmd, g, l)
        except BdbQuit:
            pass
        finally:
            self.quitting = True
            sys.settrace(None)

    def runeval(self, expr, globals=None, locals=None):
        g, l = self._namespaces(globals, locals)
        self._start()
        try:
            return eval(expr, g, l)
        except BdbQuit:
            pass
        finally:
            self.quitting = True
            sys.settrace(None)

    def runctx(self, cmd, globals, locals):
        self.run(cmd, globals, locals)

    def runcall(self, func, /, *args, **kwds):
        self._start()
        outcome = None
        try:
            outcome = func(*args, **kwds)
        except BdbQuit:
            pass
        finally:
            self.quitting = True
            sys.settrace(None)
        return outcome


def set_trace():
    """Start debugging with a Bdb instance from the caller's frame."""
    Bdb().set_trace(sys._getframe().f_back)


class Breakpoint:
    """A breakpoint: numbered, kept by (file, line) in bplist and by number in bpbynumber."""

    next = 1
    bplist = {}
    bpbynumber = [None]

    def __init__(self, file, line, temporary=False, cond=None, funcname=None):
        self.funcname = funcname
        self.func_first_executable_line = None
        self.file, self.line = file, line
        self.temporary = temporary
        self.cond = cond
        self.enabled = True
        self.ignore = 0
        self.hits = 0
        self.number = Breakpoint.next
        Breakpoint.next += 1
        self.bpbynumber.append(self)
        self.bplist.setdefault((file, line), []).append(self)

    @staticmethod
    def clearBreakpoints():
        Breakpoint.next = 1
        Breakpoint.bplist = {}
        Breakpoint.bpbynumber = [None]

    def deleteMe(self):
        key = (self.file, self.line)
        self.bpbynumber[self.number] = None
        same_place = self.bplist[key]
        same_place.remove(self)
        if not same_place:
            del self.bplist[key]

    def enable(self):
        self.enabled = True

    def disable(self):
        self.enabled = False

    def bpprint(self, out=None):
        print(self.bpformat(), file=out if out is not None else sys.stdout)

    def bpformat(self):
        disposition = ("del  " if self.temporary else "keep ") + \
                      ("yes  " if self.enabled else "no   ")
        lines = ["%-4dbreakpoint   %s at %s:%d" % (self.number, disposition,
                                                     self.file, self.line)]
        if self.cond:
            lines.append("\tstop only if %s" % (self.cond,))
        if self.ignore:
            lines.append("\tignore next %d hits" % (self.ignore,))
        if self.hits:
            lines.append("\tbreakpoint already hit %d time%s"
                         % (self.hits, "s" if self.hits > 1 else ""))
        return "\n".join(lines)

    def __str__(self):
        return "breakpoint %s at %s:%s" % (self.number, self.file, self.line)


def checkfuncname(b, frame):
    """Whether breakpoint `b` applies at frame's current line.

    A line breakpoint applies on its line; a function breakpoint on the first line of that
    function that runs."""
    if not b.funcname:
        return b.line == frame.f_lineno
    if frame.f_code.co_name != b.funcname:
        return False
    if not b.func_first_executable_line:
        b.func_first_executable_line = frame.f_lineno
    return b.func_first_executable_line == frame.f_lineno


def effective(file, line, frame):
    """(breakpoint, True) for the first enabled breakpoint at file:line that should stop
    now (counting its hit, honouring cond and ignore); (bp, False) when evaluating its
    condition failed; (None, None) otherwise."""
    for b in Breakpoint.bplist[file, line]:
        if not b.enabled or not checkfuncname(b, frame):
            continue
        b.hits += 1
        if b.cond:
            try:
                holds = eval(b.cond, frame.f_globals, frame.f_locals)
            except:  # noqa: E722 -- any error in the condition stops, as in CPython
                return b, False
            if not holds:
                continue
        if b.ignore > 0:
            b.ignore -= 1
            continue
        return b, True
    return None, None
