# Decoding and encoding with error handlers; the fields of UnicodeDecodeError/EncodeError.
samples = [b"plain ascii", b"caf\xc3\xa9 ok", b"\xe2\x82(", b"\xed\xa0\x80", b"\xf0\x9f",
           b"\xf4\x90\x80\x80", b"\x80abc", b"ok\xc3\xa9\xff", b"tail\xc3"]


def show_decode(data):
    try:
        text = data.decode("utf-8")
        print(f"{data!r:28} -> {text!r}")
    except UnicodeDecodeError as e:
        print(f"{data!r:28} !! {e.reason} [{e.start}:{e.end}] bad={e.object[e.start:e.end]!r}")
        for handler in ("replace", "ignore", "backslashreplace"):
            print(f"{'':30}{handler:>16}: {data.decode('utf-8', handler)!r}")


for s in samples:
    show_decode(s)

# str() of a decode error: one byte or a range of bytes
for data in [b"\xff", b"\xe2\x82(", b"ab\xc3"]:
    try:
        data.decode()
    except UnicodeDecodeError as e:
        print(e)
        print(e.encoding, e.args[2:])

# the same error built by hand
e = UnicodeDecodeError("utf-8", b"a\xff\xfe", 1, 3, "invalid start byte")
print(e, "|", e.start, e.end, e.reason, e.object, e.encoding)
e = UnicodeEncodeError("ascii", "caf\xe9!", 3, 4, "ordinal not in range(128)")
print(e, "|", e.start, e.end, e.object)
e = UnicodeEncodeError("latin-1", "\u20ac\U0001f600", 0, 2, "ordinal not in range(256)")
print(e)

# ascii decoding with handlers
raw = b"na\xefve r\xe9sum\xe9"
for handler in ("replace", "ignore", "backslashreplace"):
    print(handler, repr(raw.decode("ascii", handler)))
try:
    raw.decode("ascii")
except UnicodeDecodeError as e:
    print(e, (e.start, e.end))
print(raw.decode("latin-1"))

# encoding
word = "résumé – 😀"
for enc in ("ascii", "latin-1"):
    for handler in ("replace", "ignore", "backslashreplace", "xmlcharrefreplace"):
        print(enc, handler, word.encode(enc, handler))
    try:
        word.encode(enc)
    except UnicodeEncodeError as e:
        print(e, "|", e.start, e.end, repr(e.object[e.start:e.end]))

try:
    b"\xff".decode("utf-8", "no-such-handler")
except LookupError as e:
    print("LookupError:", e)
print(bytearray(b"x\xffy").decode("utf-8", "replace"))
try:
    bytearray(b"x\xffy").decode()
except UnicodeDecodeError as e:
    print(type(e.object).__name__, e)
