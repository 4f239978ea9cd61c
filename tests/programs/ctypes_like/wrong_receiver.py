# A method of a C type called through the class on an object of another type is a
# TypeError naming both types: "descriptor 'm' for 'X' objects doesn't apply to a 'Y'
# object" (method descriptors), "descriptor '__x__' requires a 'X' object but received a
# 'Y'" (slot wrappers).
import array
import collections
import functools
import io
import itertools
import operator
import struct


def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: collections.OrderedDict.move_to_end(5, 1))
attempt(lambda: collections.OrderedDict.popitem([]))
attempt(lambda: collections.defaultdict.__missing__(5, 1))
attempt(lambda: collections.defaultdict.copy(5))
attempt(lambda: itertools.count.__next__([]))
attempt(lambda: itertools.chain.__next__([]))
attempt(lambda: itertools.cycle.__iter__(3))
attempt(lambda: functools.partial.__call__(1))
attempt(lambda: functools.partial.__reduce__(1))
attempt(lambda: operator.itemgetter.__call__(1, 2))
attempt(lambda: operator.attrgetter.__reduce__(1))
attempt(lambda: io.StringIO.getvalue(1))
attempt(lambda: io.StringIO.write(1, 'x'))
attempt(lambda: io.BytesIO.getvalue(1))
attempt(lambda: struct.Struct.pack(1))
attempt(lambda: array.array.tolist(1))
attempt(lambda: array.array.append(1, 2))

# the right receiver works, through the class or a subclass's instance
od = collections.OrderedDict(a=1, b=2)
collections.OrderedDict.move_to_end(od, 'a')
print(list(od))
class OD(collections.OrderedDict):
    pass
o = OD(x=1, y=2)
collections.OrderedDict.move_to_end(o, 'x')
print(list(o), OD.popitem(o))
s = io.StringIO()
io.StringIO.write(s, "text")
print(io.StringIO.getvalue(s))
print(functools.partial.__call__(functools.partial(max, 3), 5))
print(next(itertools.count.__iter__(itertools.count(4))))
print(itertools.chain.__next__(itertools.chain([7])))
print(array.array.tolist(array.array('i', [1, 2])))
