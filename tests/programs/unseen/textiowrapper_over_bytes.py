# io.TextIOWrapper over binary streams: CSV from UTF-8 bytes, latin-1 output into a BytesIO,
# newline modes, detach(), and isinstance checks against real text files.
import csv
import io
import os
import tempfile

raw = io.BytesIO("naïve,1\r\nçà,2\r\n".encode("utf-8"))
w = io.TextIOWrapper(raw, encoding="utf-8", newline="")
print(list(csv.reader(w)), w.encoding, w.errors)

b = io.BytesIO()
tw = io.TextIOWrapper(b, encoding="latin-1", write_through=True)
print(tw.write("café\n"), tw.write("two\n"))
tw.flush()
print(b.getvalue())
back = tw.detach()
print(back is b, back.getvalue().decode("latin-1").split())
try:
    tw.write("x")
except ValueError as e:
    print("ValueError:", e)

for nl in (None, "", "\n", "\r\n"):
    t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\nd"), newline=nl)
    print(repr(nl), t.readlines())

t = io.TextIOWrapper(io.BytesIO(b"first line\nsecond\nthird"), encoding="ascii")
print(repr(t.readline()), repr(t.read(3)), repr(t.readline()), [line for line in t])
t = io.TextIOWrapper(io.BytesIO(b"caf\xe9"), encoding="utf-8", errors="replace")
print(t.read())
t = io.TextIOWrapper(io.BytesIO(b"caf\xe9"), encoding="utf-8")
try:
    t.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason)

out = io.BytesIO()
crlf = io.TextIOWrapper(out, encoding="utf-8", newline="\r\n")
crlf.write("x\ny\n")
crlf.flush()
print(out.getvalue())
try:
    io.TextIOWrapper(io.BytesIO(), encoding="no-such-codec")
except LookupError as e:
    print("LookupError:", e)
try:
    io.TextIOWrapper(io.BytesIO(), newline="x")
except ValueError as e:
    print("ValueError:", e)

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "t.txt")
    with open(p, "w") as f:
        print(isinstance(f, io.TextIOWrapper), isinstance(f, io.TextIOBase))
        f.write("ünï\n")
    with open(p, "rb") as fb:
        text = io.TextIOWrapper(fb, encoding="utf-8")
        print(text.read().strip(), text.name == p)
print(isinstance(io.StringIO(), io.TextIOWrapper), issubclass(io.TextIOWrapper, io.TextIOBase))
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "b.bin")
    with open(p, "wb") as f:
        print(isinstance(f, io.TextIOWrapper), isinstance(f, io.BufferedIOBase), isinstance(f, io.IOBase))
    with open(p) as f:
        print(isinstance(f, io.BufferedIOBase), isinstance(f, io.StringIO), isinstance(f, io.IOBase))
print(isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.BytesIO(), io.TextIOBase), isinstance(3, io.IOBase))
