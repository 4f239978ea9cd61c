# What each open() mode allows: readable()/writable() per mode, readinto() on binary files,
# and text files after a rewrite.
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "data.bin")
    with open(p, "wb") as f:
        f.write(bytes(range(10)))
    for mode in ("r", "rb", "w", "wb", "a", "ab", "r+", "rb+", "w+", "a+", "x"):
        target = p if mode != "x" else os.path.join(d, "new.txt")
        with open(target, mode) as f:
            print(f"{mode:4} readable={f.readable()!s:5} writable={f.writable()!s:5} "
                  f"seekable={f.seekable()}")
    with open(p, "wb") as f:
        f.write(bytes(range(10)))
    with open(p, "rb") as f:
        buf = bytearray(4)
        print(f.readinto(buf), buf, f.read(2))
        big = bytearray(10)
        print(f.readinto(big), big, f.readinto(bytearray(3)))
    with open(p, "w") as t:
        t.write("text\n")
    with open(p) as t:
        print(t.readable(), t.writable(), repr(t.read()))
