# doctest.DocTestSuite: each docstring with examples becomes one unittest test case, run by
# a unittest runner; a failing example fails its case with doctest's report.
import doctest
import io
import sys
import unittest


def double(x):
    """
    >>> double(2)
    4
    >>> double('ab')
    'abab'
    """
    return x * 2


def wrong(x):
    """
    >>> wrong(3)
    4
    """
    return x + 2


class Box:
    """
    >>> Box(5).value
    5
    """

    def __init__(self, value):
        self.value = value

    def empty(self):
        "No examples here: no test case."


__test__ = {"extra": """
>>> [i * i for i in range(4)]
[0, 1, 4, 9]
"""}

suite = doctest.DocTestSuite()
print(suite.countTestCases())
for test in suite:
    print(type(test).__name__, test.id(), "|", test.shortDescription())

stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
for test, report in result.failures:
    print("FAILED", test.id())
    lines = report.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("AssertionError"))
    for line in lines[start:]:
        print("  " + line.replace(__file__, "<file>"))

# the globals a test changed are put back after it ran
suite2 = doctest.DocTestSuite(sys.modules[__name__], extraglobs={"seen": 0})
print(suite2.countTestCases())
print(doctest.set_unittest_reportflags(doctest.REPORT_ONLY_FIRST_FAILURE))
print(doctest.set_unittest_reportflags(0))
try:
    doctest.set_unittest_reportflags(doctest.ELLIPSIS)
except ValueError as e:
    print("ValueError", e.args)
