# The failure messages of TestCase's assert methods, as CPython 3.12 words them: the
# type-specific comparisons (lists, tuples, dicts, sets, multi-line strings) with their
# difflib diffs, shortened reprs, maxDiff, msg= and longMessage.
import logging
import unittest
import warnings


class Messages(unittest.TestCase):
    maxDiff = None

    def check(self, func, *args, **kwargs):
        try:
            func(*args, **kwargs)
        except self.failureException as e:
            print(f"--- {func.__name__}")
            print(e)
        else:
            print(f"--- {func.__name__}: passed")

    def test_messages(self):
        c = self.check
        c(self.assertEqual, 1, 2)
        c(self.assertEqual, [1, 2, 3], [1, 2, 4])
        c(self.assertEqual, [1, 2, 3], [1, 2])
        c(self.assertEqual, (1, 2), (1, 2, 3, 4))
        c(self.assertEqual, {"a": 1, "b": 2}, {"a": 1, "b": 3})
        c(self.assertEqual, {1, 2, 3}, {2, 3, 4})
        c(self.assertEqual, frozenset({1}), frozenset())
        c(self.assertEqual, "one\ntwo\nthree\n", "one\nTWO\nthree\n")
        c(self.assertEqual, "abc", "abd")
        c(self.assertEqual, "x" * 100, "x" * 99 + "y")
        c(self.assertEqual, list(range(40)), list(range(39)) + [99])
        c(self.assertEqual, [1, 2], (1, 2))
        c(self.assertSequenceEqual, [1, 2], (1, 2))
        c(self.assertSequenceEqual, [1, 2], (1, 3))
        c(self.assertListEqual, [1], (1,))
        c(self.assertNotEqual, 3, 3)
        c(self.assertTrue, 0)
        c(self.assertFalse, "yes")
        c(self.assertIs, [], [])
        c(self.assertIsNot, None, None)
        c(self.assertIsNone, 5)
        c(self.assertIsNotNone, None)
        c(self.assertIn, 4, [1, 2, 3])
        c(self.assertNotIn, 2, [1, 2, 3])
        c(self.assertIsInstance, 3, str)
        c(self.assertNotIsInstance, 3, int)
        c(self.assertGreater, 1, 2)
        c(self.assertGreaterEqual, 1, 2)
        c(self.assertLess, 2, 1)
        c(self.assertLessEqual, 2, 1)
        c(self.assertAlmostEqual, 1.0, 1.1)
        c(self.assertAlmostEqual, 1.0, 1.00001, places=3)
        c(self.assertAlmostEqual, 10, 13, delta=2)
        c(self.assertNotAlmostEqual, 1.0, 1.0000000001)
        c(self.assertCountEqual, [1, 1, 2], [1, 2, 2, 3])
        c(self.assertCountEqual, [{"a": 1}, [1]], [[1], [1]])
        c(self.assertRegex, "hello world", r"wor+ld!")
        c(self.assertNotRegex, "hello world", r"o w")
        c(self.assertDictEqual, {"k": [1, 2]}, {"k": [1, 2], "j": None})
        c(self.assertMultiLineEqual, "a\nb", "a\nb\n")
        c(self.assertEqual, 1, 2, "numbers differ")
        c(self.assertTrue, [], msg="empty list")

    def test_raises_and_warns(self):
        c = self.check
        def quiet():
            return 1
        c(self.assertRaises, ValueError, quiet)
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        print("caught:", type(cm.exception).__name__, cm.exception)
        try:
            with self.assertRaises(KeyError):
                pass
        except self.failureException as e:
            print("---", e)
        try:
            with self.assertRaisesRegex(ValueError, r"^bad \d+$"):
                raise ValueError("bad input")
        except self.failureException as e:
            print("---", e)
        try:
            with self.assertRaises(ValueError, msg="custom"):
                pass
        except self.failureException as e:
            print("---", e)
        try:
            self.assertRaises("not a type", quiet)
        except TypeError as e:
            print("TypeError:", e)
        try:
            with self.assertRaises(ValueError, spam=1):
                pass
        except TypeError as e:
            print("TypeError:", e)
        with self.assertWarns(DeprecationWarning) as w:
            warnings.warn("old api", DeprecationWarning)
        print("warned:", w.warning, w.lineno > 0)
        try:
            with self.assertWarns(UserWarning):
                pass
        except self.failureException as e:
            print("---", e)
        try:
            with self.assertWarnsRegex(UserWarning, "xyz"):
                warnings.warn("abc")
        except self.failureException as e:
            print("---", e)

    def test_logs(self):
        with self.assertLogs("app", level="INFO") as logs:
            logging.getLogger("app").info("started")
            logging.getLogger("app.db").warning("slow query %d", 3)
            logging.getLogger("app").debug("not captured")
        print(logs.output)
        print([r.levelname for r in logs.records])
        try:
            with self.assertLogs("quiet"):
                pass
        except self.failureException as e:
            print("---", e)
        try:
            with self.assertNoLogs("noisy", level="ERROR"):
                logging.getLogger("noisy").error("boom")
        except self.failureException as e:
            print("---", e)


class Truncated(unittest.TestCase):
    maxDiff = 40

    def test_truncated(self):
        try:
            self.assertEqual(list(range(30)), list(range(1, 31)))
        except self.failureException as e:
            print("--- truncated")
            print(e)


class ShortMessages(unittest.TestCase):
    longMessage = False

    def test_short(self):
        for args in ((1, 2), (1, 2, "only this")):
            try:
                self.assertEqual(*args)
            except self.failureException as e:
                print("--- longMessage False:", e)


if __name__ == "__main__":
    import io
    out = io.StringIO()
    result = unittest.TextTestRunner(stream=out, verbosity=0).run(
        unittest.defaultTestLoader.loadTestsFromModule(__import__("__main__")))
    print(result, result.wasSuccessful())
