# os.stat_result and friends are one struct sequence type each.
import os
import tempfile

fd, path = tempfile.mkstemp()
os.write(fd, b"hello")
os.close(fd)
st = os.stat(path)
print(type(st) is os.stat_result, isinstance(st, os.stat_result), isinstance(st, tuple))
print(type(os.stat(path)) is type(st), type(os.lstat(path)) is type(os.fstat(0)))
print(os.stat_result.__name__, os.stat_result.__module__, len(st), st[6], st.st_size)
print(st[0] == st.st_mode, st[-1] == st.st_ctime, st[:3] == (st.st_mode, st.st_ino, st.st_dev))
print(repr(st).startswith("os.stat_result(st_mode="), type(st.st_mtime_ns).__name__)
print(os.stat_result.n_sequence_fields)
vfs = os.statvfs(path)
print(type(vfs) is os.statvfs_result, os.statvfs_result.__module__, len(vfs))
u = os.uname()
print(type(u) is os.uname_result, type(u).__module__, len(u), u[0], u.sysname)
t = os.times()
print(type(t) is os.times_result, type(t).__module__, len(t))
os.remove(path)
ts = os.terminal_size((80, 24))
print(ts, ts.columns, ts.lines, ts[0], type(ts).__module__, isinstance(ts, tuple), len(ts))
print(os.terminal_size.n_sequence_fields, ts == (80, 24))
try:
    os.terminal_size((1,))
except TypeError as e:
    print(e)
