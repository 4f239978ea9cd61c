# sys.getsizeof for the objects whose size CPython 3.12 fixes by their value: ints by digit
# count, floats, str by its widest char, bytes, tuples, sets by table size, instances with
# and without __dict__/__slots__, a __sizeof__ of one's own; the default argument.
import sys

for v in [0, 1, 2**30 - 1, 2**30, 2**60, -5, 10**100, True, False, 1.5, 1j, None, ...,
          NotImplemented, "", "a", "abc", "éa", "ĀĀ", "😀", "😀a", b"", b"abc", (), (1,),
          (1, 2, 3), range(5), [], {}, set(), frozenset(), slice(1), object()]:
    print(repr(v)[:12], sys.getsizeof(v))
print(sys.getsizeof(set(range(5))), sys.getsizeof(set(range(50))), sys.getsizeof(frozenset("abcdef")))


class Plain:
    pass


class Data:
    def __init__(self):
        self.a = 1
        self.b = 2


class Slotted:
    __slots__ = ("a", "b", "c")


class Sized:
    def __sizeof__(self):
        return 100


class SlottedSized:
    __slots__ = ()

    def __sizeof__(self):
        return 7


def f():
    pass


print(sys.getsizeof(Plain()), sys.getsizeof(Data()), sys.getsizeof(Slotted()),
      sys.getsizeof(Sized()), sys.getsizeof(SlottedSized()), sys.getsizeof(f),
      sys.getsizeof(sys), sys.getsizeof(lambda: 0))
print(sys.getsizeof(1, "default"), sys.getsizeof([], -1))
