"""TestLoader: tests from a TestCase class, a module, a dotted name, or a directory tree
(discover)."""

import functools
import os
import re
import sys
import traceback
import types
from fnmatch import fnmatch, fnmatchcase

from . import case, suite, util

__unittest = True

# what discovery treats as a module name: an identifier ending in .py
VALID_MODULE_NAME = re.compile(r'[_a-z]\w*\.py$', re.IGNORECASE)


class _FailedTest(case.TestCase):
    """A test standing for a module or name that could not be loaded: running it raises
    the loading error."""

    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            return super().__getattr__(name)

        def testFailure():
            raise self._exception
        return testFailure


def _failed_test(method_name, exception, suite_class, message):
    return suite_class((_FailedTest(method_name, exception),)), message


def _make_failed_import_test(name, suiteClass):
    message = f'Failed to import test module: {name}\n{traceback.format_exc()}'
    return _failed_test(name, ImportError(message), suiteClass, message)


def _make_failed_load_tests(name, exception, suiteClass):
    message = f'Failed to call load_tests:\n{traceback.format_exc()}'
    return _failed_test(name, exception, suiteClass, message)


def _make_skipped_test(methodname, exception, suiteClass):
    @case.skip(str(exception))
    def testSkipped(self):
        pass
    skipped_class = type("ModuleSkipped", (case.TestCase,), {methodname: testSkipped})
    return suiteClass((skipped_class(methodname),))


def _splitext(path):
    return os.path.splitext(path)[0]


def _is_test_class(obj):
    return (isinstance(obj, type) and issubclass(obj, case.TestCase)
            and obj not in (case.TestCase, case.FunctionTestCase))


class TestLoader(object):
    """Finds tests and wraps them in suites (suiteClass)."""

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(util.three_way_cmp)
    testNamePatterns = None
    suiteClass = suite.TestSuite
    _top_level_dir = None

    def __init__(self):
        super().__init__()
        self.errors = []
        # packages whose tests are being loaded, so load_tests calling discover() again
        # does not load them twice
        self._loading_packages = set()

    def loadTestsFromTestCase(self, testCaseClass):
        """A suite of one test per test method of `testCaseClass`."""
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. "
                            "Maybe you meant to derive from TestCase?")
        if testCaseClass in (case.TestCase, case.FunctionTestCase):
            names = []
        else:
            names = self.getTestCaseNames(testCaseClass)
            if not names and hasattr(testCaseClass, 'runTest'):
                names = ['runTest']
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *, pattern=None):
        """The tests of every TestCase class in `module` (or what its load_tests returns)."""
        found = [self.loadTestsFromTestCase(obj)
                 for obj in (getattr(module, name) for name in dir(module))
                 if _is_test_class(obj)]
        tests = self.suiteClass(found)
        load_tests = getattr(module, 'load_tests', None)
        if load_tests is None:
            return tests
        try:
            return load_tests(self, tests, pattern)
        except Exception as e:
            failed, message = _make_failed_load_tests(module.__name__, e, self.suiteClass)
            self.errors.append(message)
            return failed

    def loadTestsFromName(self, name, module=None):
        """The tests a dotted name stands for: a module, a TestCase class, one test method,
        a suite, or a callable returning a test or suite (relative to `module` if given)."""
        parts = name.split('.')
        failed, message = None, None
        if module is None:
            # import the longest importable prefix
            importable = parts[:]
            while importable:
                try:
                    module = __import__('.'.join(importable))
                    break
                except ImportError:
                    last = importable.pop()
                    failed, message = _make_failed_import_test(last, self.suiteClass)
                    if not importable:
                        self.errors.append(message)
                        return failed
            parts = parts[1:]
        obj = module
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                if getattr(obj, '__path__', None) is not None and failed is not None:
                    # a package whose submodule failed to import: that error is the one
                    self.errors.append(message)
                    return failed
                failed, message = _failed_test(
                    part, e, self.suiteClass,
                    f'Failed to access attribute:\n{traceback.format_exc()}')
                self.errors.append(message)
                return failed
        if isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        if _is_test_class(obj):
            return self.loadTestsFromTestCase(obj)
        if (isinstance(obj, types.FunctionType) and isinstance(parent, type)
                and issubclass(parent, case.TestCase)):
            method = parts[-1]
            test = parent(method)
            # a static method is not a test method: it is called below instead
            if not isinstance(getattr(test, method), types.FunctionType):
                return self.suiteClass([test])
        elif isinstance(obj, suite.TestSuite):
            return obj
        if not callable(obj):
            raise TypeError(f"don't know how to make test from: {obj}")
        made = obj()
        if isinstance(made, suite.TestSuite):
            return made
        if isinstance(made, case.TestCase):
            return self.suiteClass([made])
        raise TypeError(f"calling {obj} returned {made}, not a test")

    def loadTestsFromNames(self, names, module=None):
        """A suite of loadTestsFromName's suites, one per name."""
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        """The sorted names of the test methods of `testCaseClass` (prefix testMethodPrefix,
        matching testNamePatterns if set)."""
        def wanted(attr):
            if not attr.startswith(self.testMethodPrefix):
                return False
            if not callable(getattr(testCaseClass, attr)):
                return False
            if self.testNamePatterns is None:
                return True
            full = f'{testCaseClass.__module__}.{testCaseClass.__qualname__}.{attr}'
            return any(fnmatchcase(full, p) for p in self.testNamePatterns)
        names = [attr for attr in dir(testCaseClass) if wanted(attr)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """The tests of every module matching `pattern` under `start_dir` (packages
        included, recursively, in sorted order); modules are imported by their name
        relative to `top_level_dir` (start_dir by default), which goes on sys.path."""
        implicit_top = False
        if top_level_dir is None:
            if self._top_level_dir is not None:
                top_level_dir = self._top_level_dir
            else:
                implicit_top = True
                top_level_dir = start_dir
        top_level_dir = os.path.abspath(top_level_dir)
        if top_level_dir not in sys.path:
            sys.path.insert(0, top_level_dir)
        self._top_level_dir = top_level_dir
        not_importable = False
        if os.path.isdir(os.path.abspath(start_dir)):
            start_dir = os.path.abspath(start_dir)
            if start_dir != top_level_dir:
                not_importable = not os.path.isfile(os.path.join(start_dir, '__init__.py'))
        else:
            # a dotted module name
            try:
                __import__(start_dir)
            except ImportError:
                not_importable = True
            else:
                module = sys.modules[start_dir]
                top_part = start_dir.split('.')[0]
                try:
                    start_dir = os.path.abspath(os.path.dirname(module.__file__))
                except AttributeError:
                    if module.__name__ in sys.builtin_module_names:
                        raise TypeError('Can not use builtin modules '
                                        'as dotted module names') from None
                    raise TypeError(f"don't know how to discover from {module!r}") from None
                if implicit_top:
                    self._top_level_dir = self._get_directory_containing_module(top_part)
                    sys.path.remove(top_level_dir)
        if not_importable:
            raise ImportError(f'Start directory is not importable: {start_dir!r}')
        return self.suiteClass(list(self._find_tests(start_dir, pattern)))

    def _get_directory_containing_module(self, module_name):
        path = os.path.abspath(sys.modules[module_name].__file__)
        if os.path.basename(path).lower().startswith('__init__.py'):
            return os.path.dirname(os.path.dirname(path))
        return os.path.dirname(path)

    def _get_name_from_path(self, path):
        if path == self._top_level_dir:
            return '.'
        relative = os.path.relpath(_splitext(os.path.normpath(path)), self._top_level_dir)
        assert not os.path.isabs(relative), "Path must be within the project"
        assert not relative.startswith('..'), "Path must be within the project"
        return relative.replace(os.path.sep, '.')

    def _get_module_from_name(self, name):
        __import__(name)
        return sys.modules[name]

    def _match_path(self, path, full_path, pattern):
        return fnmatch(path, pattern)

    def _find_tests(self, start_dir, pattern):
        """The suites found under `start_dir` (a generator)."""
        name = self._get_name_from_path(start_dir)
        if name != '.' and name not in self._loading_packages:
            # start_dir is a package: its own tests first
            tests, go_on = self._find_test_path(start_dir, pattern)
            if tests is not None:
                yield tests
            if not go_on:
                return
        for entry in sorted(os.listdir(start_dir)):
            full_path = os.path.join(start_dir, entry)
            tests, go_on = self._find_test_path(full_path, pattern)
            if tests is not None:
                yield tests
            if go_on:
                package = self._get_name_from_path(full_path)
                self._loading_packages.add(package)
                try:
                    yield from self._find_tests(full_path, pattern)
                finally:
                    self._loading_packages.discard(package)

    def _import_found(self, name):
        """(the module discovery found, None), or (None, the suite standing for it) when
        importing it raised SkipTest or failed."""
        try:
            return self._get_module_from_name(name), None
        except case.SkipTest as e:
            return None, _make_skipped_test(name, e, self.suiteClass)
        except:
            failed, message = _make_failed_import_test(name, self.suiteClass)
            self.errors.append(message)
            return None, failed

    def _find_test_path(self, full_path, pattern):
        """(the tests of one file or package directory or None, whether to look inside)."""
        basename = os.path.basename(full_path)
        if os.path.isfile(full_path):
            if not VALID_MODULE_NAME.match(basename):
                return None, False
            if not self._match_path(basename, full_path, pattern):
                return None, False
            name = self._get_name_from_path(full_path)
            module, instead = self._import_found(name)
            if instead is not None:
                return instead, False
            # the module imported must be this file, not one of the same name elsewhere
            loaded = _splitext(os.path.realpath(
                os.path.abspath(getattr(module, '__file__', full_path))))
            wanted = _splitext(os.path.realpath(full_path))
            if loaded.lower() != wanted.lower():
                raise ImportError(
                    "%r module incorrectly imported from %r. Expected %r. "
                    "Is this module globally installed?"
                    % (_splitext(basename), os.path.dirname(loaded),
                       os.path.dirname(full_path)))
            return self.loadTestsFromModule(module, pattern=pattern), False
        if not os.path.isdir(full_path):
            return None, False
        if not os.path.isfile(os.path.join(full_path, '__init__.py')):
            return None, False
        name = self._get_name_from_path(full_path)
        package, instead = self._import_found(name)
        if instead is not None:
            return instead, False
        self._loading_packages.add(name)
        try:
            tests = self.loadTestsFromModule(package, pattern=pattern)
            # a package with load_tests loads its own subpackages
            return tests, getattr(package, 'load_tests', None) is None
        finally:
            self._loading_packages.discard(name)


defaultTestLoader = TestLoader()


def _makeLoader(prefix, sortUsing, suiteClass=None, testNamePatterns=None):
    loader = TestLoader()
    loader.sortTestMethodsUsing = sortUsing
    loader.testMethodPrefix = prefix
    loader.testNamePatterns = testNamePatterns
    if suiteClass:
        loader.suiteClass = suiteClass
    return loader


def _deprecated(old, new):
    import warnings
    warnings.warn(f"unittest.{old}() is deprecated and will be removed in Python 3.13. "
                  f"Please use unittest.TestLoader.{new}() instead.",
                  DeprecationWarning, stacklevel=3)


def getTestCaseNames(testCaseClass, prefix, sortUsing=util.three_way_cmp,
                     testNamePatterns=None):
    _deprecated('getTestCaseNames', 'getTestCaseNames')
    loader = _makeLoader(prefix, sortUsing, testNamePatterns=testNamePatterns)
    return loader.getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=util.three_way_cmp,
              suiteClass=suite.TestSuite):
    _deprecated('makeSuite', 'loadTestsFromTestCase')
    return _makeLoader(prefix, sortUsing, suiteClass).loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=util.three_way_cmp,
                  suiteClass=suite.TestSuite):
    _deprecated('findTestCases', 'loadTestsFromModule')
    return _makeLoader(prefix, sortUsing, suiteClass).loadTestsFromModule(module)
