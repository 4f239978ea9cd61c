"""doctest: run the interactive examples found in docstrings and check their output.

pydive's own implementation of CPython 3.12's module: the same public names, the same parsing
rules, option flags, reports and summaries (CPython is the oracle for what is printed).
`DocTestSuite` gives the unittest integration; `DocFileSuite` and the pdb hooks are not provided.
"""

import __future__
import builtins
import inspect
import io
import linecache
import os
import re
import sys
import traceback
import unittest
from collections import namedtuple

__all__ = [
    'register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL', 'COMPARISON_FLAGS',
    'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF', 'REPORT_ONLY_FIRST_FAILURE',
    'REPORTING_FLAGS', 'FAIL_FAST', 'Example', 'DocTest', 'DocTestParser', 'DocTestFinder',
    'DocTestRunner', 'OutputChecker', 'DocTestFailure', 'UnexpectedException', 'DebugRunner',
    'testmod', 'testfile', 'run_docstring_examples', 'TestResults', 'DocTestSuite',
    'DocTestCase', 'set_unittest_reportflags',
]

TestResults = namedtuple('TestResults', 'failed attempted')

# ---------------------------------------------------------------------------------------------
# Option flags: each name gets the next power of two, in CPython's order (their values are
# visible to programs that combine them).

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')
COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE
                    | ELLIPSIS | SKIP | IGNORE_EXCEPTION_DETAIL)
REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')
REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF | REPORT_ONLY_FIRST_FAILURE
                   | FAIL_FAST)

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'

_TRACEBACK_HEADERS = ('Traceback (most recent call last):', 'Traceback (innermost last):')


def _indent(text, width=4):
    """Indent every non-empty line of `text` by `width` spaces."""
    pad = ' ' * width
    return ''.join(pad + line if line.strip('\n') else line
                   for line in text.splitlines(keepends=True))


def _leading_spaces(line):
    return len(line) - len(line.lstrip(' '))


def _exception_traceback(exc_info):
    sink = io.StringIO()
    kind, value, tb = exc_info
    traceback.print_exception(kind, value, tb, file=sink)
    return sink.getvalue()


def _future_flags(globs):
    flags = 0
    for name in __future__.all_feature_names:
        feature = globs.get(name)
        if feature is getattr(__future__, name):
            flags |= feature.compiler_flag
    return flags


# ---------------------------------------------------------------------------------------------
# Examples and tests


class Example:
    """One `>>>` example: its source, expected output and expected exception message."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.exc_msg = exc_msg
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options

    def _key(self):
        return (self.source, self.want, self.lineno, self.indent, self.options, self.exc_msg)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent, self.exc_msg))


class DocTest:
    """The examples of one docstring, with the namespace they run in."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, str), "DocTest no longer accepts str; use DocTestParser instead"
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        count = len(self.examples)
        if count == 0:
            described = 'no examples'
        elif count == 1:
            described = '1 example'
        else:
            described = '%d examples' % count
        return '<%s %s from %s:%s (%s)>' % (type(self).__name__, self.name, self.filename,
                                            self.lineno, described)

    def _key(self):
        return (self.name, self.filename, -1 if self.lineno is None else self.lineno, id(self))

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.examples == other.examples and self.docstring == other.docstring
                and self.globs == other.globs and self.name == other.name
                and self.filename == other.filename and self.lineno == other.lineno)

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return self._key() < other._key()


# ---------------------------------------------------------------------------------------------
# Parsing docstrings

_DIRECTIVE = re.compile(r'#\s*doctest:\s*([^\n\'"]*)$', re.MULTILINE)


class DocTestParser:
    """Splits a docstring into text and `Example`s."""

    def parse(self, string, name='<string>'):
        """The docstring as a list alternating text strings and Examples."""
        string = string.expandtabs()
        margins = [_leading_spaces(line) for line in string.split('\n') if line.strip()]
        margin = min(margins) if margins else 0
        if margin > 0:
            string = '\n'.join(line[margin:] for line in string.split('\n'))
        lines = string.split('\n')
        pieces = []
        text_start = 0          # first line of the text before the next example
        index = 0
        while index < len(lines):
            line = lines[index]
            stripped = line.lstrip(' ')
            if not stripped.startswith('>>>'):
                index += 1
                continue
            indent = len(line) - len(stripped)
            first = index
            index += 1
            while index < len(lines) and lines[index].lstrip(' ').startswith('...'):
                index += 1
            source_lines = lines[first:index]
            want_lines = []
            while index < len(lines):
                candidate = lines[index]
                rest = candidate.lstrip(' ')
                if not rest or rest.startswith('>>>'):
                    break
                want_lines.append(candidate)
                index += 1
            pieces.append('\n'.join(lines[text_start:first]) + ('\n' if first > text_start else ''))
            pieces.append(self._make_example(source_lines, want_lines, indent, name, first))
            text_start = index
        pieces.append('\n'.join(lines[text_start:]))
        return pieces

    def _make_example(self, source_lines, want_lines, indent, name, lineno):
        for offset, line in enumerate(source_lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s lacks blank after %s: %r'
                                 % (lineno + offset + 1, name, line[indent:indent + 3], line))
        self._require_prefix(source_lines[1:], ' ' * indent + '.', name, lineno)
        self._require_prefix(want_lines, ' ' * indent, name, lineno + len(source_lines))
        source = '\n'.join(line[indent + 4:] for line in source_lines)
        want = ''.join(line[indent:] + '\n' for line in want_lines)
        return Example(source, want, self._expected_exception(want), lineno=lineno,
                       indent=indent, options=self._options(source, name, lineno))

    @staticmethod
    def _require_prefix(lines, prefix, name, lineno):
        for offset, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError('line %r of the docstring for %s has inconsistent leading '
                                 'whitespace: %r' % (lineno + offset + 1, name, line))

    @staticmethod
    def _expected_exception(want):
        # A want that starts with a traceback header expects an exception: its message is
        # everything from the first later line that begins with a word character.
        lines = want.split('\n')
        if lines[0].rstrip() not in _TRACEBACK_HEADERS:
            return None
        for position in range(1, len(lines)):
            head = lines[position][:1]
            if head and (head.isalnum() or head == '_'):
                return '\n'.join(lines[position:])
        return None

    @staticmethod
    def _options(source, name, lineno):
        options = {}
        for match in _DIRECTIVE.finditer(source):
            for word in match.group(1).replace(',', ' ').split():
                if word[:1] not in ('+', '-') or word[1:] not in OPTIONFLAGS_BY_NAME:
                    raise ValueError('line %r of the doctest for %s has an invalid option: %r'
                                     % (lineno + 1, name, word))
                options[OPTIONFLAGS_BY_NAME[word[1:]]] = word[0] == '+'
        if options and all(not line.strip() or line.strip().startswith('#')
                           for line in source.split('\n')):
            raise ValueError('line %r of the doctest for %s has an option directive on a line '
                             'with no example: %r' % (lineno, name, source))
        return options

    def get_examples(self, string, name='<string>'):
        return [piece for piece in self.parse(string, name) if isinstance(piece, Example)]

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)


# ---------------------------------------------------------------------------------------------
# Finding docstrings

_DOCSTRING_START = re.compile(r'(^|.*:)\s*\w*("|\')')


class DocTestFinder:
    """Collects the DocTests of an object and, recursively, of what it defines."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when obj.__name__ "
                                 "doesn't exist: %r" % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = inspect.getmodule(obj)
        source_lines = None
        try:
            path = inspect.getsourcefile(obj)
        except TypeError:
            path = None
        else:
            if not path:
                path = inspect.getfile(obj)
                if path[:1] + path[-2:] != '<]>':
                    path = None
        if path is not None:
            source_lines = linecache.getlines(path, getattr(module, '__dict__', None)) or None
        # Reports name the module's file (a .pyc's source), not where obj came from.
        filename = None
        if module is not None:
            filename = getattr(module, '__file__', None) or module.__name__
            if filename.endswith('.pyc'):
                filename = filename[:-1]
        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if '__name__' not in globs:
            globs['__name__'] = '__main__'
        tests = []
        self._collect(tests, obj, name, module, source_lines, globs, set(), filename)
        tests.sort()
        return tests

    def _collect(self, tests, obj, name, module, source_lines, globs, seen, filename):
        if id(obj) in seen:
            return
        seen.add(id(obj))
        test = self._test_for(obj, name, module, globs, source_lines, filename)
        if test is not None:
            tests.append(test)
        if not self._recurse:
            return
        children = []
        if inspect.ismodule(obj):
            for key, value in obj.__dict__.items():
                if ((self._is_routine(value) or inspect.isclass(value))
                        and self._belongs(module, value)):
                    children.append(('%s.%s' % (name, key), value))
            for key, value in getattr(obj, '__test__', {}).items():
                if not isinstance(key, str):
                    raise ValueError("DocTestFinder.find: __test__ keys must be strings: %r"
                                     % (type(key),))
                if not (inspect.isroutine(value) or inspect.isclass(value)
                        or inspect.ismodule(value) or isinstance(value, str)):
                    raise ValueError("DocTestFinder.find: __test__ values must be strings, "
                                     "functions, methods, classes, or modules: %r"
                                     % (type(value),))
                children.append(('%s.__test__.%s' % (name, key), value))
        elif inspect.isclass(obj):
            for key, value in obj.__dict__.items():
                if isinstance(value, (staticmethod, classmethod)):
                    value = value.__func__
                if ((inspect.isroutine(value) or inspect.isclass(value)
                     or isinstance(value, property)) and self._belongs(module, value)):
                    children.append(('%s.%s' % (name, key), value))
        for child_name, child in children:
            self._collect(tests, child, child_name, module, source_lines, globs, seen, filename)

    @staticmethod
    def _is_routine(obj):
        target = obj
        try:
            target = inspect.unwrap(target)
        except ValueError:
            pass
        return inspect.isroutine(target)

    @staticmethod
    def _belongs(module, obj):
        """Whether `obj` was defined in `module` (so that imported names are not tested)."""
        if module is None:
            return True
        if inspect.getmodule(obj) is not None:
            return module is inspect.getmodule(obj)
        if inspect.isfunction(obj):
            return module.__dict__ is obj.__globals__
        if isinstance(obj, property) or inspect.isclass(obj) or inspect.isroutine(obj):
            owner = getattr(obj, '__module__', None)
            objclass = getattr(obj, '__objclass__', None)
            if owner is None and objclass is not None:
                owner = objclass.__module__
            return owner is None or module.__name__ == owner
        return True

    def _test_for(self, obj, name, module, globs, source_lines, filename):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                docstring = obj.__doc__
                if docstring is None:
                    docstring = ''
                elif not isinstance(docstring, str):
                    docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ''
        if self._exclude_empty and not docstring:
            return None
        lineno = self._docstring_line(obj, source_lines)
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    @staticmethod
    def _docstring_line(obj, source_lines):
        """The 0-based line where `obj`'s docstring starts, or None."""
        start = None
        has_doc = getattr(obj, '__doc__', None) is not None
        if inspect.ismodule(obj) and has_doc:
            start = 0
        if inspect.isclass(obj) and has_doc:
            if source_lines is None:
                return None
            header = re.compile(r'^\s*class\s*%s\b' % re.escape(getattr(obj, '__name__', '-')))
            for number, line in enumerate(source_lines):
                if header.match(line):
                    start = number
                    break
        if inspect.ismethod(obj):
            obj = obj.__func__
        if inspect.isfunction(obj) and getattr(obj, '__doc__', None):
            obj = obj.__code__
        if inspect.istraceback(obj):
            obj = obj.tb_frame
        if inspect.isframe(obj):
            obj = obj.f_code
        if inspect.iscode(obj):
            start = obj.co_firstlineno - 1
        if start is None:
            return None
        if source_lines is None:
            return start + 1
        for number in range(start, len(source_lines)):
            if _DOCSTRING_START.match(source_lines[number]):
                return number
        return None


# ---------------------------------------------------------------------------------------------
# Comparing output


def _ellipsis_match(want, got):
    """Whether `got` matches `want`, where each '...' in `want` stands for any text."""
    if ELLIPSIS_MARKER not in want:
        return want == got
    parts = want.split(ELLIPSIS_MARKER)
    head, tail = parts[0], parts[-1]
    if not got.startswith(head):
        return False
    low, high = len(head), len(got) - len(tail)
    if not got.endswith(tail) or high < low:
        return False
    # Each middle piece at its leftmost place: if that does not fit, nothing does.
    for piece in parts[1:-1]:
        found = got.find(piece, low, high)
        if found < 0:
            return False
        low = found + len(piece)
    return True


def _exception_name_only(message):
    """'pkg.mod.Error: detail' -> 'Error' (for IGNORE_EXCEPTION_DETAIL)."""
    first = message.split('\n', 1)[0]
    first = first.split(':', 1)[0]
    return first.rsplit('.', 1)[-1]


class OutputChecker:
    """Decides whether an example's actual output matches the expected one."""

    @staticmethod
    def _to_ascii(text):
        return str(text.encode('ASCII', 'backslashreplace'), 'ASCII')

    def check_output(self, want, got, optionflags):
        got = self._to_ascii(got)
        want = self._to_ascii(want)
        if got == want:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (got, want) in (('True\n', '1\n'), ('False\n', '0\n')):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = re.sub(r'(?m)^%s\s*?$' % re.escape(BLANKLINE_MARKER), '', want)
            got = re.sub(r'(?m)^[^\S\n]+$', '', got)
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = ' '.join(got.split())
            want = ' '.join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def _wants_diff(self, want, got, optionflags):
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF):
            return False
        if optionflags & REPORT_NDIFF:
            return True
        return want.count('\n') > 2 and got.count('\n') > 2

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = re.sub(r'(?m)^[ ]*(?=\n)', BLANKLINE_MARKER, got)
        if self._wants_diff(want, got, optionflags):
            import difflib
            want_lines = want.splitlines(keepends=True)
            got_lines = got.splitlines(keepends=True)
            if optionflags & REPORT_UDIFF:
                lines = list(difflib.unified_diff(want_lines, got_lines, n=2))[2:]
                kind = 'unified diff with -expected +actual'
            elif optionflags & REPORT_CDIFF:
                lines = list(difflib.context_diff(want_lines, got_lines, n=2))[2:]
                kind = 'context diff with expected followed by actual'
            else:
                lines = list(difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
                             .compare(want_lines, got_lines))
                kind = 'ndiff with -expected +actual'
            lines = [line.rstrip() + '\n' for line in lines]
            return 'Differences (%s):\n' % kind + _indent(''.join(lines))
        if want and got:
            return 'Expected:\n%sGot:\n%s' % (_indent(want), _indent(got))
        if want:
            return 'Expected:\n%sGot nothing\n' % _indent(want)
        if got:
            return 'Expected nothing\nGot:\n%s' % _indent(got)
        return 'Expected nothing\nGot nothing\n'


# ---------------------------------------------------------------------------------------------
# Running examples


class _CapturedOutput(io.StringIO):
    """What the examples print; a partial last line gets its newline, as CPython's does."""

    def getvalue(self):
        text = super().getvalue()
        if text and not text.endswith('\n'):
            text += '\n'
        return text

    def truncate(self, size=None):
        self.seek(size)
        super().truncate()


_SUCCESS, _FAILURE, _BOOM = 'success', 'failure', 'boom'


class DocTestRunner:
    """Runs DocTests, reports each outcome and keeps per-test counts for `summarize`."""

    DIVIDER = '*' * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = '-v' in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}
        self._fakeout = _CapturedOutput()

    # -- reports (subclasses may override) ------------------------------------------------

    def report_start(self, out, test, example):
        if not self._verbose:
            return
        if example.want:
            out('Trying:\n' + _indent(example.source) + 'Expecting:\n' + _indent(example.want))
        else:
            out('Trying:\n' + _indent(example.source) + 'Expecting nothing\n')

    def report_success(self, out, test, example, got):
        if self._verbose:
            out('ok\n')

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example)
            + self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + 'Exception raised:\n'
            + _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                where = test.lineno + example.lineno + 1
            else:
                where = '?'
            place = 'File "%s", line %s, in %s' % (test.filename, where, test.name)
        else:
            place = 'Line %s, in %s' % (example.lineno + 1, test.name)
        return '\n'.join([self.DIVIDER, place, 'Failed example:', _indent(example.source)])

    # -- running ----------------------------------------------------------------------------

    def __run(self, test, compileflags, out):
        failures = tries = 0
        base_flags = self.optionflags
        check = self._checker.check_output
        for number, example in enumerate(test.examples):
            quiet = bool(self.optionflags & REPORT_ONLY_FIRST_FAILURE) and failures > 0
            self.optionflags = base_flags
            for flag, on in example.options.items():
                if on:
                    self.optionflags |= flag
                else:
                    self.optionflags &= ~flag
            if self.optionflags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)
            filename = '<doctest %s[%d]>' % (test.name, number)
            try:
                exec(compile(example.source, filename, 'single', compileflags, True),
                     test.globs)
                raised = None
            except KeyboardInterrupt:
                raise
            except BaseException:
                raised = sys.exc_info()
            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)
            outcome = _FAILURE
            if raised is None:
                if check(example.want, got, self.optionflags):
                    outcome = _SUCCESS
            else:
                shown = traceback.format_exception_only(raised[0], raised[1])
                if issubclass(raised[0], SyntaxError):
                    # Only the message line counts, not the source line and caret above it.
                    kind = raised[0]
                    prefixes = (kind.__qualname__ + ':',
                                kind.__module__ + '.' + kind.__qualname__ + ':')
                    for position, line in enumerate(shown):
                        if line.startswith(prefixes):
                            shown = shown[position:]
                            break
                message = ''.join(shown)
                if not quiet:
                    got += _exception_traceback(raised)
                if example.exc_msg is None:
                    outcome = _BOOM
                elif check(example.exc_msg, message, self.optionflags):
                    outcome = _SUCCESS
                elif self.optionflags & IGNORE_EXCEPTION_DETAIL:
                    if check(_exception_name_only(example.exc_msg),
                             _exception_name_only(message), self.optionflags):
                        outcome = _SUCCESS
            if outcome is _SUCCESS:
                if not quiet:
                    self.report_success(out, test, example, got)
            else:
                if not quiet:
                    if outcome is _FAILURE:
                        self.report_failure(out, test, example, got)
                    else:
                        self.report_unexpected_exception(out, test, example, raised)
                failures += 1
            if failures and self.optionflags & FAIL_FAST:
                break
        self.optionflags = base_flags
        old_failures, old_tries = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (old_failures + failures, old_tries + tries)
        self.failures += failures
        self.tries += tries
        return TestResults(failures, tries)

    def _example_source_lines(self, test):
        # Tracebacks of examples show their source: answer linecache for '<doctest NAME[N]>'.
        original = linecache.getlines
        pattern = re.compile(r'<doctest (?P<name>.+)\[(?P<number>\d+)\]>$')

        def getlines(filename, module_globals=None):
            match = pattern.match(filename)
            if match and match.group('name') == test.name:
                example = test.examples[int(match.group('number'))]
                return example.source.splitlines(keepends=True)
            return original(filename, module_globals)

        return original, getlines

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        self.test = test
        if compileflags is None:
            compileflags = _future_flags(test.globs)
        real_stdout = sys.stdout
        if out is None:
            out = real_stdout.write
        original_getlines, getlines = self._example_source_lines(test)
        saved_displayhook = sys.displayhook
        sys.stdout = self._fakeout
        linecache.getlines = getlines
        sys.displayhook = sys.__displayhook__
        try:
            return self.__run(test, compileflags, out)
        finally:
            sys.stdout = real_stdout
            linecache.getlines = original_getlines
            sys.displayhook = saved_displayhook
            if clear_globs:
                test.globs.clear()
                builtins._ = None

    def summarize(self, verbose=None):
        if verbose is None:
            verbose = self._verbose
        empty, clean, failing = [], [], []
        total_tries = total_failures = 0
        for name, (failed, tried) in self._name2ft.items():
            total_tries += tried
            total_failures += failed
            if tried == 0:
                empty.append(name)
            elif failed == 0:
                clean.append((name, tried))
            else:
                failing.append((name, (failed, tried)))
        if verbose:
            if empty:
                print(len(empty), 'items had no tests:')
                for name in sorted(empty):
                    print('   ', name)
            if clean:
                print(len(clean), 'items passed all tests:')
                for name, tried in sorted(clean):
                    print(' %3d tests in %s' % (tried, name))
        if failing:
            print(self.DIVIDER)
            print(len(failing), 'items had failures:')
            for name, (failed, tried) in sorted(failing):
                print(' %3d of %3d in %s' % (failed, tried, name))
        if verbose:
            print(total_tries, 'tests in', len(self._name2ft), 'items.')
            print(total_tries - total_failures, 'passed and', total_failures, 'failed.')
        if total_failures:
            print('***Test Failed***', total_failures, 'failures.')
        elif verbose:
            print('Test passed.')
        return TestResults(total_failures, total_tries)

    def merge(self, other):
        for name, (failed, tried) in other._name2ft.items():
            old_failed, old_tried = self._name2ft.get(name, (0, 0))
            self._name2ft[name] = (old_failed + failed, old_tried + tried)


class DocTestFailure(Exception):
    """Raised by DebugRunner when an example's output is wrong."""

    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """Raised by DebugRunner when an example raises unexpectedly."""

    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """A runner that raises at the first failure instead of reporting it."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        result = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return result

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


# ---------------------------------------------------------------------------------------------
# Entry points

master = None


def _runner_for(verbose, optionflags, raise_on_error):
    if raise_on_error:
        return DebugRunner(verbose=verbose, optionflags=optionflags)
    return DocTestRunner(verbose=verbose, optionflags=optionflags)


def _remember(runner):
    global master
    if master is None:
        master = runner
    else:
        master.merge(runner)


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Test the examples in the docstrings of module `m` (default: __main__)."""
    if m is None:
        m = sys.modules.get('__main__')
    if not inspect.ismodule(m):
        raise TypeError("testmod: module required; %r" % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    runner = _runner_for(verbose, optionflags, raise_on_error)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    _remember(runner)
    return TestResults(runner.failures, runner.tries)


def testfile(filename, module_relative=True, name=None, package=None, globs=None,
             verbose=None, report=True, optionflags=0, extraglobs=None,
             raise_on_error=False, parser=DocTestParser(), encoding=None):
    """Test the examples in a text file."""
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")
    if module_relative:
        if package is None:
            base = os.path.dirname(os.path.abspath(sys.modules['__main__'].__file__))
        elif isinstance(package, str):
            base = os.path.dirname(os.path.abspath(sys.modules[package].__file__))
        else:
            base = os.path.dirname(os.path.abspath(package.__file__))
        path = os.path.join(base, *filename.split('/'))
    else:
        path = filename
    with open(path, encoding=encoding or 'utf-8') as handle:
        text = handle.read()
    if name is None:
        name = os.path.basename(filename)
    globs = {} if globs is None else globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    globs.setdefault('__name__', '__main__')
    runner = _runner_for(verbose, optionflags, raise_on_error)
    runner.run(parser.get_doctest(text, globs, name, path, 0))
    if report:
        runner.summarize()
    _remember(runner)
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name='NoName', compileflags=None,
                           optionflags=0):
    """Test the examples in `f`'s docstring only (no recursion into what it defines)."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


# ---------------------------------------------------------------------------------------------
# unittest integration: each docstring's examples as one test case.

_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """Set the reporting flags DocTestCase uses when its own optionflags name none; returns
    the old value."""
    global _unittest_reportflags
    if (flags & REPORTING_FLAGS) != flags:
        raise ValueError("Only reporting flags allowed", flags)
    old = _unittest_reportflags
    _unittest_reportflags = flags
    return old


class DocTestCase(unittest.TestCase):
    """A unittest test case running one DocTest; its globals are restored after each run."""

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None, checker=None):
        unittest.TestCase.__init__(self)
        self._dt_optionflags = optionflags
        self._dt_checker = checker
        self._dt_test = test
        self._dt_setUp = setUp
        self._dt_tearDown = tearDown

    def setUp(self):
        test = self._dt_test
        self._dt_globs = test.globs.copy()
        if self._dt_setUp is not None:
            self._dt_setUp(test)

    def tearDown(self):
        test = self._dt_test
        if self._dt_tearDown is not None:
            self._dt_tearDown(test)
        test.globs.clear()
        test.globs.update(self._dt_globs)

    def runTest(self):
        test = self._dt_test
        report = io.StringIO()
        optionflags = self._dt_optionflags
        if not (optionflags & REPORTING_FLAGS):
            optionflags |= _unittest_reportflags
        runner = DocTestRunner(optionflags=optionflags, checker=self._dt_checker, verbose=False)
        runner.DIVIDER = "-" * 70
        failures, _ = runner.run(test, out=report.write, clear_globs=False)
        if failures:
            raise self.failureException(self.format_failure(report.getvalue()))

    def format_failure(self, err):
        test = self._dt_test
        lineno = 'unknown line number' if test.lineno is None else '%s' % test.lineno
        lname = '.'.join(test.name.split('.')[-1:])
        return ('Failed doctest test for %s\n  File "%s", line %s, in %s\n\n%s'
                % (test.name, test.filename, lineno, lname, err))

    def debug(self):
        self.setUp()
        runner = DebugRunner(optionflags=self._dt_optionflags, checker=self._dt_checker,
                             verbose=False)
        runner.run(self._dt_test, clear_globs=False)
        self.tearDown()

    def id(self):
        return self._dt_test.name

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self._dt_test == other._dt_test
                and self._dt_optionflags == other._dt_optionflags
                and self._dt_setUp == other._dt_setUp
                and self._dt_tearDown == other._dt_tearDown
                and self._dt_checker == other._dt_checker)

    def __hash__(self):
        return hash((self._dt_optionflags, self._dt_setUp, self._dt_tearDown, self._dt_checker))

    def __repr__(self):
        name = self._dt_test.name.split('.')
        return "%s (%s)" % (name[-1], '.'.join(name[:-1]))

    __str__ = object.__str__

    def shortDescription(self):
        return "Doctest: " + self._dt_test.name


class SkipDocTestCase(DocTestCase):
    """Stands for a module whose docstrings were stripped (python -OO)."""

    def __init__(self, module):
        self.module = module
        DocTestCase.__init__(self, None)

    def setUp(self):
        self.skipTest("DocTestSuite will not work with -O2 and above")

    def test_skip(self):
        pass

    def shortDescription(self):
        return "Skipping tests from %s" % self.module.__name__

    __str__ = shortDescription


class _DocTestSuite(unittest.TestSuite):
    # Keep each test after it ran: a DocTestCase is cheap and tests look at the suite.
    def _removeTestAtIndex(self, index):
        pass


def _normalize_module(module, depth=2):
    if inspect.ismodule(module):
        return module
    if isinstance(module, str):
        return __import__(module, globals(), locals(), ["*"])
    if module is None:
        try:
            return sys.modules[sys._getframe(depth).f_globals['__name__']]
        except (AttributeError, KeyError):
            return sys.modules['__main__']
    raise TypeError("Expected a module, string, or None")


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    """A unittest suite with one DocTestCase per docstring of `module` (a module, its name,
    or None: the caller's module) that has examples."""
    if test_finder is None:
        test_finder = DocTestFinder()
    module = _normalize_module(module)
    tests = test_finder.find(module, globs=globs, extraglobs=extraglobs)
    suite = _DocTestSuite()
    if not tests and sys.flags.optimize >= 2:
        suite.addTest(SkipDocTestCase(module))
        return suite
    tests.sort()
    for test in tests:
        if len(test.examples) == 0:
            continue
        if not test.filename:
            filename = module.__file__
            if filename[-4:] == ".pyc":
                filename = filename[:-1]
            test.filename = filename
        suite.addTest(DocTestCase(test, **options))
    return suite


def DocFileSuite(*args, **kwargs):
    raise NotImplementedError("doctest.DocFileSuite (unittest integration) is not supported "
                              "by pydive yet")
