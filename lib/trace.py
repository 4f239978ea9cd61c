"""Line tracing, line counting and call listing for Python programs (pydive).

    Trace(count=1, trace=1, countfuncs=0, countcallers=0, ...).runfunc(f, *args)
    python -m trace --trace | --count | --listfuncs | --trackcalls [options] prog.py [args]

Built on sys.settrace: the global trace function decides per call whether the frame is
traced (ignored modules/directories), the local one prints "file.py(N): source" lines and
counts (filename, lineno) hits.  Results are written as CPython's .cover files.
"""

import linecache
import os
import sys
import time

__all__ = ["Trace", "CoverageResults"]

PRAGMA_NOCOVER = "#pragma NO COVER"


class _Ignore:
    """Which modules (by name or package prefix) and directories are not traced."""

    def __init__(self, modules=None, dirs=None):
        self._mods = set(modules or ())
        self._dirs = [os.path.normpath(d) for d in (dirs or ())]
        self._ignore = {"<string>": 1}

    def names(self, filename, modulename):
        known = self._ignore.get(modulename)
        if known is not None:
            return known
        skip = (modulename in self._mods
                or any(modulename.startswith(m + ".") for m in self._mods)
                or filename is None
                or any(filename.startswith(d + os.sep) for d in self._dirs))
        self._ignore[modulename] = 1 if skip else 0
        return self._ignore[modulename]


def _modname(path):
    """The module name a file would have: its base name without the extension."""
    return os.path.splitext(os.path.basename(path))[0]


def _fullmodname(path):
    """A dotted name for `path` relative to the longest sys.path entry that holds it."""
    norm = os.path.normcase(path)
    best = ""
    for entry in sys.path:
        entry = os.path.normcase(entry)
        if norm.startswith(entry) and norm[len(entry):len(entry) + 1] == os.sep:
            if len(entry) > len(best):
                best = entry
    rest = path[len(best) + 1:] if best else path
    rest = rest.replace("\\", "/").replace(os.sep, "/")
    if os.altsep:
        rest = rest.replace(os.altsep, "/")
    drive, rest = os.path.splitdrive(rest)
    rest = rest.replace("/", ".").lstrip(".")
    return os.path.splitext(rest)[0]


class CoverageResults:
    def __init__(self, counts=None, calledfuncs=None, infile=None, callers=None,
                 outfile=None):
        self.counts = dict(counts or {})
        self.counter = self.counts.copy()
        self.calledfuncs = dict(calledfuncs or {})
        self.callers = dict(callers or {})
        self.infile = infile
        self.outfile = outfile
        if infile:
            import pickle
            try:
                with open(infile, "rb") as f:
                    counts, calledfuncs, callers = pickle.load(f)
                self.update(self.__class__(counts, calledfuncs, callers=callers))
            except (OSError, EOFError, ValueError) as err:
                print("Skipping counts file %r: %s" % (infile, err), file=sys.stderr)

    def is_ignored_filename(self, filename):
        """Names like "<string>" are not files."""
        return filename.startswith("<") and filename.endswith(">")

    def update(self, other):
        for key, n in other.counts.items():
            self.counts[key] = self.counts.get(key, 0) + n
        self.calledfuncs.update(other.calledfuncs)
        self.callers.update(other.callers)

    def write_results(self, show_missing=True, summary=False, coverdir=None, *,
                      ignore_missing_files=False):
        if self.calledfuncs:
            print()
            print("functions called:")
            for filename, modulename, funcname in sorted(self.calledfuncs):
                print("filename: %s, modulename: %s, funcname: %s"
                      % (filename, modulename, funcname))
        if self.callers:
            print()
            print("calling relationships:")
            last_file = last_callee_file = ""
            for (caller, callee) in sorted(self.callers):
                if caller[0] != last_file:
                    print()
                    print("***", caller[0], "***")
                    last_file, last_callee_file = caller[0], ""
                if callee[0] != caller[0] and last_callee_file != callee[0]:
                    print("  -->", callee[0])
                    last_callee_file = callee[0]
                print("    %s.%s -> %s.%s" % (caller[1], caller[2], callee[1], callee[2]))

        by_file = {}
        for (filename, lineno), n in self.counts.items():
            by_file.setdefault(filename, {})[lineno] = n
        sums = {}
        for filename, hits in by_file.items():
            if self.is_ignored_filename(filename):
                continue
            if filename.endswith(".pyc"):
                filename = filename[:-1]
            if ignore_missing_files and not os.path.isfile(filename):
                continue
            if coverdir is None:
                folder = os.path.dirname(os.path.abspath(filename))
                modulename = _modname(filename)
            else:
                folder = coverdir
                os.makedirs(folder, exist_ok=True)
                modulename = _fullmodname(filename)
            executable = _find_executable_linenos(filename) if show_missing else {}
            source = linecache.getlines(filename)
            target = os.path.join(folder, modulename + ".cover")
            n_hits, n_lines = self.write_results_file(target, source, executable, hits)
            if summary and n_lines:
                sums[modulename] = (n_lines, int(100 * n_hits / n_lines), modulename,
                                    filename)
        if summary and sums:
            print("lines   cov%   module   (path)")
            for name in sorted(sums):
                print("%5d   %3d%%   %s   (%s)" % sums[name])
        if self.outfile:
            import pickle
            try:
                with open(self.outfile, "wb") as f:
                    pickle.dump((self.counts, self.calledfuncs, self.callers), f, 1)
            except OSError as err:
                print("Can't save counts files because %s" % err, file=sys.stderr)

    def write_results_file(self, path, lines, lnotab, lines_hit, encoding=None):
        """Write `lines` annotated with hit counts (">>>>>> " for missed executable lines)
        to `path`; (lines hit, executable lines)."""
        try:
            out = open(path, "w", encoding=encoding)
        except OSError as err:
            print("trace: Could not open %r for writing: %s - skipping" % (path, err),
                  file=sys.stderr)
            return 0, 0
        hit = total = 0
        with out:
            for number, text in enumerate(lines, 1):
                if number in lines_hit:
                    out.write("%5d: " % lines_hit[number])
                    hit += 1
                    total += 1
                elif number in lnotab and PRAGMA_NOCOVER not in text:
                    out.write(">>>>>> ")
                    total += 1
                else:
                    out.write("       ")
                out.write(text.expandtabs(8))
        return hit, total


def _docstring_lines(code):
    """Lines holding a docstring of `code` or the code objects inside it."""
    found = set()
    consts = code.co_consts
    if consts and isinstance(consts[0], str) and code.co_name != "<module>":
        first = code.co_firstlineno
        found.update(range(first, first + consts[0].count("\n") + 2))
    for const in consts:
        if hasattr(const, "co_code"):
            found |= _docstring_lines(const)
    return found


def _executable_lines(code, strings):
    import dis
    lines = {}
    for _, line in dis.findlinestarts(code):
        if line is not None and line not in strings:
            lines[line] = 1
    for const in code.co_consts:
        if hasattr(const, "co_code"):
            lines.update(_executable_lines(const, strings))
    return lines


def _find_executable_linenos(filename):
    """{line: 1} for the lines of `filename` that hold code."""
    try:
        with open(filename, encoding="utf-8") as f:
            text = f.read()
    except OSError as err:
        print(("Not printing coverage data for %r: %s" % (filename, err)), file=sys.stderr)
        return {}
    code = compile(text, filename, "exec")
    return _executable_lines(code, set())


class Trace:
    def __init__(self, count=1, trace=1, countfuncs=0, countcallers=0, ignoremods=(),
                 ignoredirs=(), infile=None, outfile=None, timing=False):
        self.infile = infile
        self.outfile = outfile
        self.ignore = _Ignore(ignoremods, ignoredirs)
        self.counts = {}
        self.pathtobasename = {}
        self.donothing = 0
        self.trace = trace
        self._calledfuncs = {}
        self._callers = {}
        self._caller_cache = {}
        self.start_time = time.time() if timing else None
        if countcallers:
            self.globaltrace = self.globaltrace_trackcallers
        elif countfuncs:
            self.globaltrace = self.globaltrace_countfuncs
        elif trace or count:
            self.globaltrace = self.globaltrace_lt
            self.localtrace = (self.localtrace_trace_and_count if trace and count else
                               self.localtrace_trace if trace else self.localtrace_count)
        else:
            self.donothing = 1

    def run(self, cmd):
        import __main__
        namespace = __main__.__dict__
        self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals=None, locals=None):
        if globals is None:
            globals = {}
        if locals is None:
            locals = {}
        if not self.donothing:
            sys.settrace(self.globaltrace)
        try:
            exec(cmd, globals, locals)
        finally:
            if not self.donothing:
                sys.settrace(None)

    def runfunc(self, func, /, *args, **kw):
        value = None
        if not self.donothing:
            sys.settrace(self.globaltrace)
        try:
            value = func(*args, **kw)
        finally:
            if not self.donothing:
                sys.settrace(None)
        return value

    def file_module_function_of(self, frame):
        """(filename, module name, function name) of frame's code; methods are named
        Class.method."""
        code = frame.f_code
        filename = code.co_filename
        modulename = _modname(filename) if filename else None
        name = self._caller_cache.get(code)
        if name is None:
            name = code.co_name
            owner = getattr(code, "co_qualname", name).rpartition(".")[0]
            if owner and not owner.endswith(">"):
                name = "%s.%s" % (owner.rpartition(".")[2], name)
            self._caller_cache[code] = name
        return filename, modulename, name

    def globaltrace_trackcallers(self, frame, why, arg):
        if why == "call":
            callee = self.file_module_function_of(frame)
            caller = self.file_module_function_of(frame.f_back)
            self._callers[(caller, callee)] = 1

    def globaltrace_countfuncs(self, frame, why, arg):
        if why == "call":
            self._calledfuncs[self.file_module_function_of(frame)] = 1

    def globaltrace_lt(self, frame, why, arg):
        """On a call: trace the new frame unless its module is ignored."""
        if why != "call":
            return None
        filename = frame.f_globals.get("__file__", None)
        if not filename:
            return None
        modulename = _modname(filename)
        if modulename is None or self.ignore.names(filename, modulename):
            return None
        if self.trace:
            print(" --- modulename: %s, funcname: %s" % (modulename, frame.f_code.co_name))
        return self.localtrace

    def _show_line(self, frame):
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
        if self.start_time:
            print("%.2f" % (time.time() - self.start_time), end=" ")
        shown = "%s(%d): %s" % (os.path.basename(filename), lineno,
                                linecache.getline(filename, lineno))
        print(shown, end="")

    def _count_line(self, frame):
        key = (frame.f_code.co_filename, frame.f_lineno)
        self.counts[key] = self.counts.get(key, 0) + 1

    def localtrace_trace_and_count(self, frame, why, arg):
        if why == "line":
            self._count_line(frame)
            self._show_line(frame)
        return self.localtrace

    def localtrace_trace(self, frame, why, arg):
        if why == "line":
            self._show_line(frame)
        return self.localtrace

    def localtrace_count(self, frame, why, arg):
        if why == "line":
            self._count_line(frame)
        return self.localtrace

    def results(self):
        return CoverageResults(self.counts, infile=self.infile, outfile=self.outfile,
                               calledfuncs=self._calledfuncs, callers=self._callers)


def main():
    import argparse
    parser = argparse.ArgumentParser()
    parser.add_argument("--version", action="version", version="trace 2.0")
    grp = parser.add_argument_group("Main options", "One of these (or --report) must be given")
    grp.add_argument("-c", "--count", action="store_true",
                     help="Count the number of times each line is executed and write the "
                          "counts to <module>.cover for each module executed, in the "
                          "module's directory. See also --coverdir, --file, --no-report "
                          "below.")
    grp.add_argument("-t", "--trace", action="store_true",
                     help="Print each line to sys.stdout before it is executed")
    grp.add_argument("-l", "--listfuncs", action="store_true",
                     help="Keep track of which functions are executed at least once and "
                          "write the results to sys.stdout after the program exits. Cannot "
                          "be specified alongside --trace or --count.")
    grp.add_argument("-T", "--trackcalls", action="store_true",
                     help="Keep track of caller/called pairs and write the results to "
                          "sys.stdout after the program exits.")
    grp = parser.add_argument_group("Modifiers")
    exclusive = grp.add_mutually_exclusive_group()
    exclusive.add_argument("-r", "--report", action="store_true",
                           help="Generate a report from a counts file; does not execute any "
                                "code. --file must specify the results file to read, which "
                                "must have been created in a previous run with --count "
                                "--file=FILE")
    exclusive.add_argument("-R", "--no-report", action="store_true",
                           help="Do not generate the coverage report files. Useful if you "
                                "want to accumulate over several runs.")
    grp.add_argument("-f", "--file",
                     help="File to accumulate counts over several runs")
    grp.add_argument("-C", "--coverdir",
                     help="Directory where the report files go. The coverage report for "
                          "<package>.<module> will be written to file "
                          "<dir>/<package>/<module>.cover")
    grp.add_argument("-m", "--missing", action="store_true",
                     help="Annotate executable lines that were not executed with "
                          "\">>>>>> \"")
    grp.add_argument("-s", "--summary", action="store_true",
                     help="Write a brief summary for each file to sys.stdout. Can only be "
                          "used with --count or --report")
    grp.add_argument("-g", "--timing", action="store_true",
                     help="Prefix each line with the time since the program started. Only "
                          "used while tracing")
    grp = parser.add_argument_group("Filters", "Can be specified multiple times")
    grp.add_argument("--ignore-module", action="append", default=[],
                     help="Ignore the given module(s) and its submodules (if it is a "
                          "package). Accepts comma separated list of module names.")
    grp.add_argument("--ignore-dir", action="append", default=[],
                     help="Ignore files in the given directory (multiple directories can be "
                          "joined by os.pathsep).")
    parser.add_argument("--module", action="store_true", default=False,
                        help="Trace a module. ")
    parser.add_argument("progname", nargs="?", help="file to run as main program")
    parser.add_argument("arguments", nargs=argparse.REMAINDER,
                        help="arguments to the program")
    opts = parser.parse_args()

    def expand_dir(text):
        import sysconfig
        text = os.path.expanduser(os.path.expandvars(text))
        text = text.replace("$prefix", sysconfig.get_path("stdlib"))
        text = text.replace("$exec_prefix", sysconfig.get_path("platstdlib"))
        return os.path.normpath(text)

    opts.ignore_module = [m.strip() for item in opts.ignore_module for m in item.split(",")]
    opts.ignore_dir = [expand_dir(d) for item in opts.ignore_dir
                       for d in item.split(os.pathsep)]
    if opts.report:
        if not opts.file:
            parser.error("-r/--report requires -f/--file")
        results = CoverageResults(infile=opts.file, outfile=opts.file)
        return results.write_results(opts.missing, opts.summary, opts.coverdir)
    if not (opts.trace or opts.count or opts.listfuncs or opts.trackcalls):
        parser.error("must specify one of --trace, --count, --report, --listfuncs, or "
                     "--trackcalls")
    if opts.listfuncs and (opts.count or opts.trace):
        parser.error("cannot specify both --listfuncs and (--trace or --count)")
    if opts.summary and not opts.count:
        parser.error("--summary can only be used with --count or --report")
    if opts.progname is None:
        parser.error("progname is missing: required with the main options")

    tracer = Trace(opts.count, opts.trace, countfuncs=opts.listfuncs,
                   countcallers=opts.trackcalls, ignoremods=opts.ignore_module,
                   ignoredirs=opts.ignore_dir, infile=opts.file, outfile=opts.file,
                   timing=opts.timing)
    try:
        if opts.module:
            import runpy
            _, spec, code = runpy._get_module_details(opts.progname)
            sys.argv = [code.co_filename, *opts.arguments]
            namespace = {"__name__": "__main__", "__file__": code.co_filename,
                         "__package__": spec.parent, "__loader__": spec.loader,
                         "__spec__": spec, "__cached__": None}
        else:
            sys.argv = [opts.progname, *opts.arguments]
            sys.path[0] = os.path.dirname(opts.progname)
            with open(opts.progname, "rb") as f:
                code = compile(f.read(), opts.progname, "exec")
            namespace = {"__file__": opts.progname, "__name__": "__main__",
                         "__package__": None, "__cached__": None}
        tracer.runctx(code, namespace, namespace)
    except OSError as err:
        sys.exit("Cannot run file %r because: %s" % (sys.argv[0], err))
    except SystemExit:
        pass
    results = tracer.results()
    if not opts.no_report:
        results.write_results(opts.missing, opts.summary, opts.coverdir)


if __name__ == "__main__":
    main()
