import unittest


class Gamma(unittest.TestCase):
    def test_nested(self):
        self.assertTrue(__name__.endswith("sub.test_gamma"), __name__)
