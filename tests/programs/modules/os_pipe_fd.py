import os, stat

r, w = os.pipe()
print(type(r).__name__, r != w)
print(os.write(w, b"hello "), os.write(w, bytearray(b"world")))
st = os.fstat(r)
print(type(st).__name__, stat.S_ISFIFO(st.st_mode), stat.S_ISREG(st.st_mode))
print(os.read(r, 5))
print(os.read(r, 100))
d = os.dup(w)
print(d not in (r, w))
os.write(d, b"via dup")
os.close(d)
print(os.read(r, 7))
os.close(w)
print(os.read(r, 10))
os.close(r)
for f, args in ((os.close, (r,)), (os.read, (r, 1)), (os.write, (w, b"x")), (os.fstat, (r,))):
    try:
        f(*args)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
try:
    os.read("x", 1)
except TypeError as e:
    print("TypeError", e)

# fstat of a regular file
fn = "pipe_fstat_tmp.txt"
with open(fn, "w") as fh:
    fh.write("abcdef")
st = os.stat(fn)
print(st.st_size, stat.S_ISREG(st.st_mode))
os.remove(fn)

r, w = os.pipe()
os.set_blocking(r, False)
try:
    os.read(r, 1)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
os.close(r); os.close(w)
