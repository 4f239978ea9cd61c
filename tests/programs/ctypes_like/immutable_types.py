# Classes that are C types in CPython (several written in Python in pydive's lib/) are
# immutable: attributes cannot be set or deleted on the class itself; subclasses can.
import array
import collections
import datetime
import decimal
import functools
import io
import itertools
import operator
import re
import struct
import types

classes = [
    functools.partial, collections.OrderedDict, collections.defaultdict, collections.deque,
    itertools.count, itertools.chain, itertools.groupby, io.StringIO, io.BytesIO,
    struct.Struct, array.array, operator.itemgetter, operator.attrgetter,
    operator.methodcaller, re.Match, re.Pattern, types.SimpleNamespace, datetime.date,
    datetime.timedelta, decimal.Decimal,
]
for cls in classes:
    try:
        cls.x = 1
        print("set", cls.__name__)
    except TypeError as e:
        print(e)
    try:
        del cls.__doc__
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
    try:
        setattr(cls, "__repr__", lambda self: "r")
    except TypeError as e:
        print(e)

# a subclass is an ordinary class
class P(functools.partial):
    pass

P.x = 1
print(P.x, P(print, 1).x)
del P.x
print(hasattr(P, "x"))

class OD(collections.OrderedDict):
    pass

OD.extra = "ok"
print(OD.extra, OD(a=1).extra)

# instances keep their attributes as before
p = functools.partial(print, 1)
p.note = "n"
print(p.note)
