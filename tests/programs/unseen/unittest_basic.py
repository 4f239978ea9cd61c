"""unittest as a teacher uses it: a TestCase run through a runner writing to a StringIO
(the "Ran N tests in X.XXXs" line is cut, its time differs per run), then unittest.main()."""
import io
import unittest


def add(a, b):
    return a + b


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()


class TestMath(unittest.TestCase):
    def test_add(self):
        self.assertEqual(add(2, 3), 5)

    def test_float(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)

    def test_wrong(self):
        self.assertEqual(add(2, 2), 5, "arithmetic")

    def test_error(self):
        return {}["missing"]

    @unittest.skip("not ready")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertTrue(False)


class TestStack(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass")

    def setUp(self):
        self.s = Stack()

    def tearDown(self):
        self.s = None

    def test_push_pop(self):
        self.s.push(1)
        self.s.push(2)
        self.assertEqual(self.s.pop(), 2)
        self.assertEqual(self.s.items, [1])

    def test_empty(self):
        with self.assertRaises(IndexError) as cm:
            self.s.pop()
        self.assertIn("empty", str(cm.exception))
        self.assertRaises(IndexError, self.s.pop)
        with self.assertRaisesRegex(IndexError, "^pop"):
            self.s.pop()

    def test_asserts(self):
        self.assertTrue([1])
        self.assertFalse("")
        self.assertIs(None, None)
        self.assertIsNone(None)
        self.assertIsNotNone(0)
        self.assertIn(3, [1, 2, 3])
        self.assertNotIn(4, {1: 2})
        self.assertIsInstance(1, int)
        self.assertGreater(2, 1)
        self.assertLessEqual(1, 1)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertRegex("hello world", r"wor")
        self.assertNotEqual(1, 2)

    def test_not_raised(self):
        with self.assertRaises(ValueError):
            int("42")


def run(case):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=2).run(
        unittest.defaultTestLoader.loadTestsFromTestCase(case))
    for line in stream.getvalue().splitlines():
        print("| " + line if not line.startswith("Ran ") else "| Ran ...")
    print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
          len(result.expectedFailures), result.wasSuccessful())


run(TestMath)
run(TestStack)
result = unittest.TestResult()
unittest.TestSuite([TestMath("test_add"), TestMath("test_wrong")]).run(result)
print(result, result.failures[0][0], result.failures[0][1].splitlines()[-1])
print(TestMath("test_add").id(), repr(TestMath("test_add")), unittest.TestCase.longMessage)
try:
    TestMath("test_nothing")
except ValueError as e:
    print(e)
