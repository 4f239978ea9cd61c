# unittest.main(verbosity=2) on stderr: each outcome's line (ok, FAIL, ERROR, skipped,
# expected failure, unexpected success, subtests), class and module fixtures with their
# cleanups and errors, then the FAIL/ERROR blocks with tracebacks that leave out unittest's
# own frames, the summary and the exit status 1. The clock is fixed so "Ran N tests in
# 0.000s" is stable.
import time
import unittest

time.perf_counter = lambda: 0.0
events = []


def setUpModule():
    events.append("setUpModule")
    unittest.addModuleCleanup(events.append, "module cleanup")


def tearDownModule():
    events.append("tearDownModule")
    print("events:", events)


class Arithmetic(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append("setUpClass Arithmetic")
        cls.addClassCleanup(events.append, "class cleanup Arithmetic")

    @classmethod
    def tearDownClass(cls):
        events.append("tearDownClass Arithmetic")

    def setUp(self):
        self.values = [3, 1, 2]
        self.addCleanup(events.append, f"cleanup {self._testMethodName}")

    def test_sorted(self):
        """Sorting puts the values in order."""
        self.assertEqual(sorted(self.values), [1, 2, 3])

    def test_sum_wrong(self):
        self.assertEqual(sum(self.values), 7, "the sum")

    def test_error(self):
        return {}["missing"]

    def helper_not_a_test(self):
        raise AssertionError("never run")

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    @unittest.skipIf(True, "condition held")
    def test_skipped_if(self):
        pass

    def test_skip_inside(self):
        self.skipTest("decided at run time")

    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)
        with self.subTest("named", kind="x"):
            raise RuntimeError("in a subtest")

    def test_chained(self):
        try:
            int("x")
        except ValueError as e:
            raise KeyError("wrapped") from e


class BrokenSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise OSError("no database")

    def test_never_runs(self):
        pass


@unittest.skip("whole class")
class SkippedClass(unittest.TestCase):
    def test_a(self):
        pass


class TearDownFails(unittest.TestCase):
    def tearDown(self):
        raise ValueError("tearDown broke")

    def test_passes_then_teardown(self):
        pass


if __name__ == "__main__":
    unittest.main(verbosity=2)
