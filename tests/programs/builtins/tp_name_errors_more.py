# More error messages that name native types by tp_name: subscripting a class, hashing,
# setting an attribute on an instance that has no __dict__.
import collections, itertools, io, functools, operator, types, array, struct
for t in (collections.deque, itertools.count, io.StringIO, struct.Struct):
    try:
        t[int]
    except TypeError as e:
        print(e)
for o in (collections.deque(), collections.OrderedDict(), io.BytesIO(), array.array('b'), types.SimpleNamespace()):
    try:
        hash(o)
    except TypeError as e:
        print(e)
for o in (collections.deque(), io.StringIO()):
    try:
        o.zzz = 1
        print("set ok", type(o).__name__)
    except AttributeError as e:
        print(e)
