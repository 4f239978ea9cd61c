"""unittest.main / `python -m unittest`: parse the command line, load the tests (named,
the module's, or discovered) and run them; the exit status is 0, 1, or 5 when no test ran."""

import argparse
import os
import sys
import warnings

from . import loader, runner
from .signals import installHandler

__unittest = True

_NO_TESTS_EXITCODE = 5

MAIN_EXAMPLES = """\
Examples:
  %(prog)s test_module               - run tests from test_module
  %(prog)s module.TestClass          - run tests from module.TestClass
  %(prog)s module.Class.test_method  - run specified test method
  %(prog)s path/to/test_file.py      - run tests from test_file.py
"""

MODULE_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""


def _convert_name(name):
    # a path to a .py file under the current directory names its module
    if not (os.path.isfile(name) and name.lower().endswith('.py')):
        return name
    if os.path.isabs(name):
        relative = os.path.relpath(name, os.getcwd())
        if os.path.isabs(relative) or relative.startswith(os.pardir):
            return name
        name = relative
    return os.path.normpath(name)[:-3].replace('\\', '.').replace('/', '.')


def _convert_names(names):
    return [_convert_name(name) for name in names]


def _convert_select_pattern(pattern):
    # -k foo means *foo*
    return pattern if '*' in pattern else f'*{pattern}*'


class TestProgram(object):
    """Run the tests of `module` (or those named on the command line, or discovered when
    module is None) and exit with the outcome unless exit=False."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None
    _discovery_parser = None

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=loader.defaultTestLoader, exit=True, verbosity=1,
                 failfast=None, catchbreak=None, buffer=None, warnings=None, *,
                 tb_locals=False, durations=None):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.durations = durations
        # tests show warnings once per place unless -W chose otherwise
        if warnings is None and not sys.warnoptions:
            self.warnings = 'default'
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def usageExit(self, msg=None):
        warnings.warn("TestProgram.usageExit() is deprecated and will be"
                      " removed in Python 3.13", DeprecationWarning)
        if msg:
            print(msg)
        if self._discovery_parser is None:
            self._initArgParsers()
        self._print_help()
        sys.exit(2)

    def _print_help(self, *args, **kwargs):
        print(self._main_parser.format_help())
        if self.module is None:
            print(MAIN_EXAMPLES % {'prog': self.progName})
            self._discovery_parser.print_help()
        else:
            print(MODULE_EXAMPLES % {'prog': self.progName})

    def parseArgs(self, argv):
        self._initArgParsers()
        if self.module is None:
            if len(argv) > 1 and argv[1].lower() == 'discover':
                self._do_discovery(argv[2:])
                return
            self._main_parser.parse_args(argv[1:], self)
            if not self.tests:
                # `python -m unittest` alone discovers from the current directory
                self._do_discovery([])
                return
        else:
            self._main_parser.parse_args(argv[1:], self)
        if self.tests:
            self.testNames = _convert_names(self.tests)
            if __name__ == '__main__':
                self.module = None
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if from_discovery:
            found_by = self.testLoader if Loader is None else Loader()
            self.test = found_by.discover(self.start, self.pattern, self.top)
        elif self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def _initArgParsers(self):
        common = self._getParentArgParser()
        self._main_parser = self._getMainArgParser(common)
        self._discovery_parser = self._getDiscoveryArgParser(common)

    # (flags, attribute, argparse keywords) of the options both parsers take; the
    # attribute's option is offered only when main() was not given its value in code
    _COMMON_OPTIONS = (
        (('-v', '--verbose'), None, dict(dest='verbosity', action='store_const', const=2, help='Verbose output')),
        (('-q', '--quiet'), None, dict(dest='verbosity', action='store_const', const=0, help='Quiet output')),
        (('--locals',), None, dict(dest='tb_locals', action='store_true', help='Show local variables in tracebacks')),
        (('--durations',), None, dict(dest='durations', type=int, default=None, metavar="N", help='Show the N slowest test cases (N=0 for all)')),
        (('-f', '--failfast'), 'failfast', dict(action='store_true', help='Stop on first fail or error')),
        (('-c', '--catch'), 'catchbreak', dict(action='store_true', help='Catch Ctrl-C and display results so far')),
        (('-b', '--buffer'), 'buffer', dict(action='store_true', help='Buffer stdout and stderr during tests')),
        (('-k',), 'testNamePatterns', dict(action='append', type=_convert_select_pattern, help='Only run tests which match the given substring')),
    )

    def _getParentArgParser(self):
        parser = argparse.ArgumentParser(add_help=False)
        for flags, attr, options in self._COMMON_OPTIONS:
            if attr is not None:
                if getattr(self, attr) is not None:
                    continue
                # unset: the option decides, defaulting to off / no patterns
                setattr(self, attr, [] if attr == 'testNamePatterns' else False)
                options = dict(options, dest=attr)
            parser.add_argument(*flags, **options)
        return parser

    def _getMainArgParser(self, parent):
        parser = argparse.ArgumentParser(parents=[parent])
        parser.prog = self.progName
        parser.print_help = self._print_help
        parser.add_argument('tests', nargs='*', help='a list of any number of test modules, classes and test methods.')
        return parser

    _DISCOVERY_OPTIONS = (
        ('-s', '--start-directory', 'start', "Directory to start discovery ('.' default)"),
        ('-p', '--pattern', 'pattern', "Pattern to match tests ('test*.py' default)"),
        ('-t', '--top-level-directory', 'top', 'Top level directory of project (defaults to start directory)'),
    )

    def _getDiscoveryArgParser(self, parent):
        parser = argparse.ArgumentParser(parents=[parent])
        parser.prog = f'{self.progName} discover'
        parser.epilog = ('For test discovery all test modules must be importable from the top level directory of the project.')
        for short, long, dest, text in self._DISCOVERY_OPTIONS:
            parser.add_argument(short, long, dest=dest, help=text)
        # the three may also come as positional arguments
        for dest in ('start', 'pattern', 'top'):
            parser.add_argument(dest, nargs='?', default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        return parser

    def _do_discovery(self, argv, Loader=None):
        self.start = '.'
        self.pattern = 'test*.py'
        self.top = None
        if argv is not None:
            if self._discovery_parser is None:
                self._initArgParsers()
            self._discovery_parser.parse_args(argv, self)
        self.createTests(from_discovery=True, Loader=Loader)

    def runTests(self):
        if self.catchbreak:
            installHandler()
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                try:
                    test_runner = self.testRunner(verbosity=self.verbosity,
                                                  failfast=self.failfast,
                                                  buffer=self.buffer,
                                                  warnings=self.warnings,
                                                  tb_locals=self.tb_locals,
                                                  durations=self.durations)
                except TypeError:
                    # a runner class from before tb_locals/durations
                    test_runner = self.testRunner(verbosity=self.verbosity,
                                                  failfast=self.failfast,
                                                  buffer=self.buffer,
                                                  warnings=self.warnings)
            except TypeError:
                test_runner = self.testRunner()
        else:
            test_runner = self.testRunner
        self.result = test_runner.run(self.test)
        if self.exit:
            if self.result.testsRun == 0:
                sys.exit(_NO_TESTS_EXITCODE)
            sys.exit(0 if self.result.wasSuccessful() else 1)


main = TestProgram
