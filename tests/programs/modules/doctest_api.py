# doctest's parts: the parser (examples, options, errors), the finder (names, __test__),
# the runner's flags (REPORT_ONLY_FIRST_FAILURE, FAIL_FAST, SKIP, ELLIPSIS, BLANKLINE),
# run_docstring_examples and testfile.
import doctest
import os
import sys
import tempfile

parser = doctest.DocTestParser()
text = '''
Some text.

    >>> x = [1,
    ...      2]
    >>> x   # doctest: +ELLIPSIS, -NORMALIZE_WHITESPACE
    [1, ...]

    >>> raise KeyError('k')
    Traceback (most recent call last):
      File "<stdin>", line 1
    KeyError: 'k'
    >>> print('a\\n\\nb')
    a
    <BLANKLINE>
    b
'''
for ex in parser.get_examples(text, "demo"):
    print(repr(ex.source), repr(ex.want), repr(ex.exc_msg), ex.lineno, ex.indent,
          sorted(ex.options.items()))
print([type(p).__name__ for p in parser.parse(text)])

for bad in [">>>x = 1\n", "  >>> f(1,\n ... 2)\n", "    >>> 1\n  1\n",
            ">>> 1  # doctest: +NOPE\n1\n", ">>> # doctest: +ELLIPSIS\n"]:
    try:
        parser.get_examples(bad, "bad")
    except ValueError as exc:
        print("ValueError:", exc)

print(doctest.ELLIPSIS, doctest.SKIP, doctest.FAIL_FAST, doctest.REPORT_NDIFF,
      doctest.COMPARISON_FLAGS, doctest.REPORTING_FLAGS)
print(sorted(doctest.OPTIONFLAGS_BY_NAME.items(), key=lambda kv: kv[1]))

checker = doctest.OutputChecker()
for want, got, flags in [("1\n", "True\n", 0), ("1\n", "True\n", doctest.DONT_ACCEPT_TRUE_FOR_1),
                         ("a ... z\n", "a b c z\n", doctest.ELLIPSIS),
                         ("aa...aa\n", "aaa\n", doctest.ELLIPSIS),
                         ("x   y\n", "x y\n", doctest.NORMALIZE_WHITESPACE),
                         ("<BLANKLINE>\n", "\n", 0), ("<BLANKLINE>\n", "\n",
                                                    doctest.DONT_ACCEPT_BLANKLINE),
                         ("caf\\xe9\n", "caf\xe9\n", 0)]:
    print(repr(want), repr(got), checker.check_output(want, got, flags))


def many():
    """
    >>> 1
    2
    >>> 2
    3
    >>> 3  # doctest: +SKIP
    4
    >>> 4
    4
    """


def blank():
    """
    >>> print("x\\n\\ny")
    x
    y
    """


globs = {}
print("-- plain")
doctest.run_docstring_examples(many, globs, name="many")
print("-- first failure only")
doctest.run_docstring_examples(many, globs, name="many",
                               optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
print("-- fail fast")
runner = doctest.DocTestRunner(verbose=False, optionflags=doctest.FAIL_FAST)
for test in doctest.DocTestFinder().find(many, "many", globs={}):
    print(test, len(test.examples), test.name, test.lineno is not None)
    print(runner.run(test))
print(runner.failures, runner.tries)
print("-- blank line shown")
doctest.run_docstring_examples(blank, {}, name="blank")

__test__ = {"extra": """
>>> 6 * 7
42
""", "func": many}

finder = doctest.DocTestFinder()
tests = finder.find(sys.modules[__name__])
print([(t.name, len(t.examples)) for t in tests])
print([t.name for t in doctest.DocTestFinder(exclude_empty=False).find(sys.modules[__name__])])

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "example.txt")
    with open(path, "w") as f:
        f.write("Text file.\n\n>>> 'abc'.upper()\n'ABC'\n>>> len([1, 2])\n2\n")
    print(doctest.testfile(path, module_relative=False))
    print(doctest.testfile(path, module_relative=False, verbose=True, name="ex"))
