import unittest


class Beta(unittest.TestCase):
    def test_fails(self):
        self.assertEqual({"x": 1}, {"x": 2})

    def test_ok(self):
        pass
