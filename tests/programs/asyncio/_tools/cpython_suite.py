"""Run modules of CPython 3.12's own asyncio test suite against pydive's asyncio.

    python3.12 cpython_suite.py [test_locks test_queues ...]

Loads lib/asyncio as `asyncio` (like with_pydive_asyncio.py), then runs
test.test_asyncio.<module> with unittest and prints one summary line per module:
tests run, passed, and the failure/error/skip reports. A measure, not a gate: many tests poke at
CPython internals (C Task/Future, mock-based loop internals, threads).
"""

import io
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import with_pydive_asyncio  # noqa: E402

DEFAULT = ['test_locks', 'test_queues', 'test_timeouts', 'test_waitfor', 'test_taskgroups',
           'test_pep492', 'test_context', 'test_futures', 'test_tasks', 'test_runners',
           'test_eager_task_factory', 'test_streams', 'test_base_events']


class _Counting(unittest.TextTestResult):
    # failures/errors/skips are reports (a test may report twice); successes are tests.
    successes = 0

    def addSuccess(self, test):
        super().addSuccess(test)
        self.successes += 1


def main():
    names = sys.argv[1:] or DEFAULT
    with_pydive_asyncio._install()
    import asyncio
    assert asyncio.__file__.startswith(with_pydive_asyncio.LIB), asyncio.__file__
    verbose = os.environ.get('VERBOSE') == '1'
    totals = [0, 0, 0, 0, 0]
    for name in names:
        stream = io.StringIO()
        try:
            suite = unittest.defaultTestLoader.loadTestsFromName(f'test.test_asyncio.{name}')
        except Exception as exc:
            print(f'{name:28} import failed: {type(exc).__name__}: {exc}')
            continue
        runner = unittest.TextTestRunner(stream=stream, verbosity=2 if verbose else 0,
                                         resultclass=_Counting)
        result = runner.run(suite)
        run, fail, err, skip = (result.testsRun, len(result.failures), len(result.errors),
                                len(result.skipped))
        passed = result.successes
        totals = [a + b for a, b in zip(totals, (run, fail, err, skip, passed))]
        print(f'{name:28} run {run:4}  passed {passed:4}  failed {fail:3}  errors {err:3}  skipped {skip:3}')
        if verbose:
            print(stream.getvalue())
    run, fail, err, skip, passed = totals
    print(f'{"total":28} run {run:4}  passed {passed:4}  failed {fail:3}  '
          f'errors {err:3}  skipped {skip:3}')


if __name__ == '__main__':
    main()
