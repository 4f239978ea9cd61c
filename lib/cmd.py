"""Line-oriented command interpreters (pydive's cmd).

Subclass Cmd and define do_<command>(self, arg) methods (help_<topic>() for help text);
cmdloop() reads lines, runs the matching method and stops when one returns a true value.
The prompts, help listing and column layout are CPython 3.12's.
"""

import string
import sys

__all__ = ["Cmd"]

PROMPT = "(Cmd) "
IDENTCHARS = string.ascii_letters + string.digits + "_"


class Cmd:
    """Base class of a line-oriented interpreter: subclass it, add do_* methods."""

    prompt = PROMPT
    identchars = IDENTCHARS
    ruler = "="
    lastcmd = ""
    intro = None
    doc_leader = ""
    doc_header = "Documented commands (type help <topic>):"
    misc_header = "Miscellaneous help topics:"
    undoc_header = "Undocumented commands:"
    nohelp = "*** No help on %s"
    use_rawinput = 1

    def __init__(self, completekey="tab", stdin=None, stdout=None):
        """Read from `stdin` and write to `stdout` (sys.stdin/sys.stdout by default);
        `completekey` is the readline key for completion."""
        self.stdin = sys.stdin if stdin is None else stdin
        self.stdout = sys.stdout if stdout is None else stdout
        self.cmdqueue = []
        self.completekey = completekey

    def _next_line(self):
        if self.cmdqueue:
            return self.cmdqueue.pop(0)
        if self.use_rawinput:
            try:
                return input(self.prompt)
            except EOFError:
                return "EOF"
        self.stdout.write(self.prompt)
        self.stdout.flush()
        line = self.stdin.readline()
        return line.rstrip("\r\n") if line else "EOF"

    def _readline(self):
        if self.use_rawinput and self.completekey:
            try:
                import readline
                return readline
            except ImportError:
                return None
        return None

    def cmdloop(self, intro=None):
        """Prompt, read a line, run it (onecmd), until a command returns true."""
        self.preloop()
        rl = self._readline()
        if rl is not None:
            self.old_completer = rl.get_completer()
            rl.set_completer(self.complete)
            rl.parse_and_bind(self.completekey + ": complete")
        try:
            if intro is not None:
                self.intro = intro
            if self.intro:
                self.stdout.write(str(self.intro) + "\n")
            stop = None
            while not stop:
                line = self.precmd(self._next_line())
                stop = self.postcmd(self.onecmd(line), line)
            self.postloop()
        finally:
            if rl is not None:
                rl.set_completer(self.old_completer)

    def precmd(self, line):
        """Hook: the line read, before it runs (returns the line to run)."""
        return line

    def postcmd(self, stop, line):
        """Hook: after a command; returns whether to stop."""
        return stop

    def preloop(self):
        """Hook: once, as cmdloop() starts."""

    def postloop(self):
        """Hook: once, as cmdloop() ends."""

    def parseline(self, line):
        """(command, argument, line) of a line; '?' means help and '!' shell (when
        do_shell exists); (None, None, line) when there is no command."""
        line = line.strip()
        if not line:
            return None, None, line
        if line[0] == "?":
            line = "help " + line[1:]
        elif line[0] == "!":
            if not hasattr(self, "do_shell"):
                return None, None, line
            line = "shell " + line[1:]
        end = 0
        while end < len(line) and line[end] in self.identchars:
            end += 1
        return line[:end], line[end:].strip(), line

    def onecmd(self, line):
        """Run one line as if typed at the prompt; true means stop the loop."""
        command, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if command is None:
            return self.default(line)
        self.lastcmd = "" if line == "EOF" else line
        if command == "":
            return self.default(line)
        handler = getattr(self, "do_" + command, None)
        if handler is None:
            return self.default(line)
        return handler(arg)

    def emptyline(self):
        """An empty line: by default, run the last command again."""
        last = self.lastcmd
        return self.onecmd(last) if last else None

    def default(self, line):
        """An unknown command: by default, an error message."""
        self.stdout.write("*** Unknown syntax: %s\n" % line)

    def completedefault(self, *_):
        """Completions when no complete_<cmd>() exists: none."""
        return []

    def completenames(self, text, *_):
        prefix = "do_" + text
        return [name[3:] for name in self.get_names() if name.startswith(prefix)]

    def complete(self, text, state):
        """readline's completer: command names first, then complete_<command>()."""
        if state == 0:
            import readline
            whole = readline.get_line_buffer()
            line = whole.lstrip()
            cut = len(whole) - len(line)
            begidx = readline.get_begidx() - cut
            endidx = readline.get_endidx() - cut
            finder = self.completenames
            if begidx > 0:
                command = self.parseline(line)[0]
                finder = self.completedefault
                if command != "":
                    finder = getattr(self, "complete_" + command, self.completedefault)
            self.completion_matches = finder(text, line, begidx, endidx)
        try:
            return self.completion_matches[state]
        except IndexError:
            return None

    def get_names(self):
        # dir() of the class: instance attributes are not commands
        return dir(self.__class__)

    def complete_help(self, *args):
        found = set(self.completenames(*args))
        found.update(n[5:] for n in self.get_names() if n.startswith("help_" + args[0]))
        return list(found)

    def do_help(self, arg):
        'List available commands with "help" or detailed help with "help cmd".'
        if arg:
            helper = getattr(self, "help_" + arg, None)
            if helper is not None:
                helper()
                return
            command = getattr(self, "do_" + arg, None)
            if command is not None and command.__doc__:
                self.stdout.write("%s\n" % str(command.__doc__))
                return
            self.stdout.write("%s\n" % str(self.nohelp % (arg,)))
            return
        names = sorted(self.get_names())
        topics = {name[5:] for name in names if name[:5] == "help_"}
        documented, undocumented = [], []
        previous = ""
        for name in names:
            if name[:3] != "do_" or name == previous:
                continue
            previous = name
            command = name[3:]
            if command in topics:
                documented.append(command)
                topics.discard(command)
            elif getattr(self, name).__doc__:
                documented.append(command)
            else:
                undocumented.append(command)
        self.stdout.write("%s\n" % str(self.doc_leader))
        self.print_topics(self.doc_header, documented, 15, 80)
        self.print_topics(self.misc_header, sorted(topics), 15, 80)
        self.print_topics(self.undoc_header, undocumented, 15, 80)

    def print_topics(self, header, cmds, cmdlen, maxcol):
        if not cmds:
            return
        self.stdout.write("%s\n" % str(header))
        if self.ruler:
            self.stdout.write("%s\n" % str(self.ruler * len(header)))
        self.columnize(cmds, maxcol - 1)
        self.stdout.write("\n")

    def columnize(self, list, displaywidth=80):
        """Print strings in as few rows as fit `displaywidth`, two spaces apart."""
        items = list
        if not items:
            self.stdout.write("<empty>\n")
            return
        bad = [str(i) for i, item in enumerate(items) if not isinstance(item, str)]
        if bad:
            raise TypeError("list[i] not a string for i in %s" % ", ".join(bad))
        count = len(items)
        if count == 1:
            self.stdout.write("%s\n" % str(items[0]))
            return
        # the fewest rows whose columns (two spaces apart) fit in displaywidth
        for rows in range(1, count):
            cols = -(-count // rows)
            widths = []
            total = -2
            for c in range(cols):
                column = items[c * rows:(c + 1) * rows]
                widths.append(max(len(x) for x in column) if column else 0)
                total += widths[-1] + 2
                if total > displaywidth:
                    break
            if total <= displaywidth:
                break
        else:
            rows, cols, widths = count, 1, [0]
        for r in range(rows):
            cells = [items[r + rows * c] if r + rows * c < count else "" for c in range(cols)]
            while cells and not cells[-1]:
                cells.pop()
            self.stdout.write("%s\n" % "  ".join(cell.ljust(widths[i])
                                                   for i, cell in enumerate(cells)))
