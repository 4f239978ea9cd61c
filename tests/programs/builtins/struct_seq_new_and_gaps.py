# Struct sequences built from a sequence (structseq_new_impl's length rules and messages),
# os.stat_result's float times filled from the whole seconds, weak references to sets and
# frozensets, sys.__spec__ / builtins.__spec__, ModuleNotFoundError(name=).
import os
import sys
import time
import weakref
import builtins

st = os.stat_result(range(10))
print(st)
print(st.st_mode, st.st_size, st.st_atime, st.st_mtime, st.st_ctime, st.st_atime_ns, st.st_rdev)
print(len(st), tuple(st), os.stat_result.n_fields, os.stat_result.n_sequence_fields)
st = os.stat_result(range(19))
print(st.st_atime, st.st_ctime, st.st_atime_ns, st.st_ctime_ns, st.st_blksize, st.st_rdev, st[9])
st = os.stat_result(list(range(10)), {"st_blksize": 4096, "st_atime": 1.5})
print(st.st_blksize, st.st_atime, st.st_mtime, st.st_blocks)
print(isinstance(os.stat("."), os.stat_result), isinstance(st, tuple))

for ctor, arg in (
    (os.stat_result, range(3)),
    (os.stat_result, range(30)),
    (os.stat_result, 5),
    (os.terminal_size, (80,)),
    (os.terminal_size, (80, 24, 1)),
    (os.terminal_size, 3),
    (time.struct_time, range(8)),
    (time.struct_time, range(12)),
    (time.struct_time, None),
):
    try:
        ctor(arg)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    os.stat_result(range(10), 5)
except TypeError as e:
    print(e)
try:
    time.struct_time(range(9), [])
except TypeError as e:
    print(e)

print(os.terminal_size((80, 24)), os.terminal_size([1, 2]).lines)
t = time.struct_time(range(9))
print(t, t.tm_zone, t.tm_gmtoff)
t = time.struct_time(range(11))
print(t.tm_zone, t.tm_gmtoff, len(t))
t = time.struct_time(range(9), {"tm_zone": "XYZ"})
print(t.tm_zone, t.tm_gmtoff)

s = {1, 2}
r = weakref.ref(s)
print(r() is s, r() == {1, 2})
del s
print(r())
fs = frozenset("ab")
r = weakref.ref(fs)
print(r() is fs)
del fs
print(r())
print(weakref.ref(set())() is None)


class MySet(set):
    pass


m = MySet([3])
print(weakref.ref(m)() is m)
ws = weakref.WeakSet()
k = frozenset([1])
ws.add(k)
print(len(ws), k in ws)

print(sys.__spec__.name, sys.__spec__.origin, builtins.__spec__.name)
e = ModuleNotFoundError("no module", name="foo")
print(e.name, e.args, e.path)
