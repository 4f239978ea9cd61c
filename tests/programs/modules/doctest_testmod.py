# doctest.testmod on this module: passing and failing examples, directives, the reports
# and summaries (quiet and verbose), the TestResults returned.
"""Module docstring.

>>> 1 + 1
2
"""

def square(x):
    """Return x squared.

    >>> square(3)
    9
    >>> square(-2)
    5
    >>> [square(i) for i in range(12)]   # doctest: +ELLIPSIS
    [0, 1, 4, ..., 121]
    >>> print("a   b")  # doctest: +NORMALIZE_WHITESPACE
    a b
    >>> square("x")
    Traceback (most recent call last):
      ...
    TypeError: can't multiply sequence by non-int of type 'str'
    >>> square(None)  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    builtins.TypeError: something else
    >>> square(None)
    Traceback (most recent call last):
    TypeError: unsupported operand type(s) for *: 'NoneType' and 'NoneType'
    >>> print("")
    <BLANKLINE>
    >>> x = 5
    >>> x
    5
    >>> for i in range(2):
    ...     print(i)
    0
    1
    """
    return x * x


class Shape:
    """A shape.

    >>> Shape().area()
    0
    """

    def area(self):
        """Area.

        >>> Shape().area() + 1
        2
        >>> 1/0
        Traceback (most recent call last):
        ZeroDivisionError: division by zero
        """
        return 0

    @staticmethod
    def make():
        """>>> Shape.make() is None
        True
        """

    @property
    def p(self):
        """>>> Shape().p
        7
        """
        return 7


def nothing():
    pass


def printer():
    """
    >>> printer()
    hello
    world
    >>> True
    1
    >>> print(1)
    """
    print("hello")
    print("world!")


if __name__ == "__main__":
    import doctest
    r = doctest.testmod()
    print(r, r.failed, r.attempted, type(r).__name__)
    r = doctest.testmod(verbose=True)
    print(r)
