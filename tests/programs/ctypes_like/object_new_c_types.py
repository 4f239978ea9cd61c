# object.__new__(X) is refused ("is not safe") for every C type whose tp_new is not
# object's, and for Python subclasses inheriting such a __new__: itertools, io.StringIO,
# array.array, exceptions, builtins. A few C types leave tp_new to object (io.TextIOWrapper).
import array
import collections
import datetime
import decimal
import functools
import io
import itertools
import operator
import struct
import types


class MyErr(ValueError):
    pass


class MyCount(itertools.count):
    pass


class MyArr(array.array):
    pass


class L(list):
    pass


class Plain:
    pass


class OwnNew(itertools.count):
    def __new__(cls):
        return super().__new__(cls)


cases = [itertools.count, itertools.chain, itertools.product, io.StringIO, io.BytesIO,
         array.array, ValueError, KeyError, OSError, StopIteration, BaseException, int, list,
         decimal.Decimal, decimal.Context, datetime.date, datetime.tzinfo, struct.Struct,
         operator.itemgetter, types.SimpleNamespace, functools.partial,
         io.TextIOWrapper, object, Plain,
         MyErr, MyCount, MyArr, L, OwnNew]
for X in cases:
    try:
        r = object.__new__(X)
        print(X.__name__, "made", type(r).__name__)
    except TypeError as e:
        print(X.__name__, "TypeError:", e)

# the classes still make their instances
print(MyErr("x"), next(MyCount(5)), MyArr("i", [1]), L([1]), list(itertools.islice(OwnNew(), 2)))
print(io.StringIO("ab").read(), array.array("b", [1, 2]).tolist(), decimal.Decimal(1) + 1)
