# mock_open reads its read_data through a real in-memory file (as CPython 3.12): read(n)
# takes a size (readline ignores one, as CPython), reads, readline and iteration share one
# position, each open() call starts over, bytes data gives bytes, configured values win.
from unittest.mock import mock_open, patch

m = mock_open(read_data="alpha\nbeta\ngamma")
with patch("builtins.open", m):
    f = open("data.txt")
    print(repr(f.read(3)), repr(f.readline()), repr(f.readline(2)), repr(f.read()))
    print(repr(f.read()), repr(f.readline()))
    g = open("data.txt")
    print(repr(next(iter(g))), g.readlines())
    with open("data.txt") as h:
        print([line for line in h])
    with open("data.txt") as h:
        print(h.readlines(7))
    m.return_value.read.return_value = ""
    print(repr(open("data.txt").read()))
    m.return_value.read.return_value = None
    m.return_value.readline.return_value = "fixed\n"
    k = open("data.txt")
    print(repr(k.readline()), repr(next(k)))
print(m.call_count)

b = mock_open(read_data=b"\x00\x01\nrest")
with patch("builtins.open", b):
    with open("blob", "rb") as fh:
        print(fh.read(1), fh.readline(), fh.read())
empty = mock_open()
with patch("builtins.open", empty):
    print(repr(open("x").read()), open("x").readlines())
