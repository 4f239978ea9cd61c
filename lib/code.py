"""Utilities needed to emulate Python's interactive interpreter: InteractiveInterpreter
(compile and run source, report errors as the interpreter does), InteractiveConsole
(buffers lines until a statement is complete; interact() is the read-eval-print loop) and
interact()."""

import builtins
import sys
import traceback
import codeop
from codeop import compile_command

__all__ = ["InteractiveInterpreter", "InteractiveConsole", "interact", "compile_command"]

_HELP_LINE = 'Type "help", "copyright", "credits" or "license" for more information.'


def _remember(kind, exc, tb):
    """Record the error being reported where pdb / the REPL look for it (sys.last_*)."""
    sys.last_type = kind
    sys.last_value = exc
    sys.last_exc = exc
    sys.last_traceback = tb


def _hook_is_default():
    return sys.excepthook is sys.__excepthook__


def _renamed_syntax_error(exc, where):
    """A copy of SyntaxError `exc` whose filename is `where` (None if its args are not the
    usual (msg, (filename, lineno, offset, text)) pair)."""
    try:
        text_msg, (_, line_no, col, src_line) = exc.args
    except ValueError:
        return None
    return SyntaxError(text_msg, (where, line_no, col, src_line))


class InteractiveInterpreter:
    """Parses and runs source in a namespace (`locals`, by default a fresh dict with
    __name__ '__console__' and __doc__ None)."""

    def __init__(self, locals=None):
        self.locals = ({"__name__": "__console__", "__doc__": None}
                       if locals is None else locals)
        self.compile = codeop.CommandCompiler()

    def runsource(self, source, filename="<input>", symbol="single"):
        """Compile and run some source. True: the source is incomplete (more input is
        needed); False: it was run, or it had an error (reported by showsyntaxerror)."""
        try:
            compiled = self.compile(source, filename, symbol)
        except (SyntaxError, OverflowError, ValueError):
            self.showsyntaxerror(filename)
            return False
        needs_more = compiled is None
        if not needs_more:
            self.runcode(compiled)
        return needs_more

    def runcode(self, code):
        """Run a code object; exceptions other than SystemExit are reported by
        showtraceback."""
        try:
            exec(code, self.locals)
        except SystemExit:
            raise
        except BaseException:
            self.showtraceback()

    def showsyntaxerror(self, filename=None):
        """Report the syntax error just caught (with `filename` put in it)."""
        kind, exc, tb = sys.exc_info()
        _remember(kind, exc, tb)
        if filename and kind is SyntaxError:
            fixed = _renamed_syntax_error(exc, filename)
            if fixed is not None:
                exc = fixed
                sys.last_value = sys.last_exc = fixed
        if not _hook_is_default():
            sys.excepthook(kind, exc, tb)
            return
        self.write("".join(traceback.format_exception_only(kind, exc)))

    def showtraceback(self):
        """Report the exception just caught, without the frame of runcode itself."""
        kind, exc, tb = sys.exc_info()
        _remember(kind, exc, tb)
        try:
            if not _hook_is_default():
                sys.excepthook(kind, exc, tb)
                return
            # tb is runcode's own frame: the user's code starts one level below.
            report = traceback.format_exception(kind, exc, tb.tb_next)
            self.write("".join(report))
        finally:
            del tb, exc

    def write(self, data):
        """Where errors go: sys.stderr."""
        sys.stderr.write(data)


class InteractiveConsole(InteractiveInterpreter):
    """The interactive interpreter's line buffering and prompting loop."""

    def __init__(self, locals=None, filename="<console>", *, local_exit=False):
        super().__init__(locals)
        self.filename = filename
        self.local_exit = local_exit
        self.resetbuffer()

    def resetbuffer(self):
        """Forget the lines collected so far."""
        self.buffer = []

    def _banner_text(self, banner):
        if banner is None:
            return "Python {} on {}\n{}\n({})\n".format(
                sys.version, sys.platform, _HELP_LINE, type(self).__name__)
        return "{}\n".format(banner) if banner else ""

    def interact(self, banner=None, exitmsg=None):
        """The read-eval-print loop: prompts with sys.ps1/sys.ps2, ends at EOF."""
        for attr, default in (("ps1", ">>> "), ("ps2", "... ")):
            if not hasattr(sys, attr):
                setattr(sys, attr, default)
        intro = self._banner_text(banner)
        if intro:
            self.write(intro)
        continuing = False
        running = True
        while running:
            try:
                try:
                    text = self.raw_input(sys.ps2 if continuing else sys.ps1)
                except EOFError:
                    self.write("\n")
                    running = False
                    continue
                continuing = self.push(text)
            except KeyboardInterrupt:
                self.write("\nKeyboardInterrupt\n")
                self.resetbuffer()
                continuing = False
            except SystemExit:
                if not self.local_exit:
                    raise
                self.write("\n")
                running = False
        if exitmsg is None:
            self.write("now exiting {}...\n".format(type(self).__name__))
        elif exitmsg != "":
            self.write("{}\n".format(exitmsg))

    def push(self, line, filename=None, _symbol="single"):
        """Add a line to the buffer and run the buffer when it is a complete statement.
        True when more input is needed."""
        self.buffer.append(line)
        pending = self.runsource("\n".join(self.buffer),
                                 self.filename if filename is None else filename,
                                 symbol=_symbol)
        if not pending:
            self.resetbuffer()
        return pending

    def raw_input(self, prompt=""):
        """One line of input (without its newline); EOFError at the end."""
        return input(prompt)


def interact(banner=None, readfunc=None, local=None, exitmsg=None, local_exit=False):
    """Run an InteractiveConsole (reading with `readfunc` when given)."""
    repl = InteractiveConsole(local, local_exit=local_exit)
    if readfunc is not None:
        repl.raw_input = readfunc
    repl.interact(banner=banner, exitmsg=exitmsg)
