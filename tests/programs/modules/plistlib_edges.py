# plistlib edge cases: base64 line widths at depth, sharing by identity vs by value, offsets
# when dumping into a stream that already holds bytes, malformed binary files, XML date and
# key forms, explicit fmt, UID bounds and pickling support.
import datetime
import io
import plistlib

blob = bytes(range(256)) * 2
deep = blob
for _ in range(9):
    deep = [deep]
print(plistlib.dumps({"a": {"b": {"c": blob}}, "z": deep}).decode())

inner = [1, 2]
same = {"x": inner, "y": inner, "t": (1, 2), "u": (1, 2), "f": 1.0, "i": 1, "b": True,
        "s": b"q", "s2": b"q", "ba": bytearray(b"q"), "ba2": bytearray(b"q")}
b = plistlib.dumps(same, fmt=plistlib.FMT_BINARY)
print(b.hex())
print(plistlib.loads(b))
loop = []
loop.append(loop)
lb = plistlib.dumps([1], fmt=plistlib.FMT_BINARY)
print(lb.hex())

buf = io.BytesIO()
buf.write(b"PREFIX--")
plistlib.dump(["abc", 300, -1, 2 ** 40, "\u00e9" * 20, "x" * 40, b"y" * 300],
              buf, fmt=plistlib.FMT_BINARY)
print(buf.getvalue().hex())

good = plistlib.dumps({"k": [1, "two", 3.5, b"d", datetime.datetime(2000, 5, 6)]},
                      fmt=plistlib.FMT_BINARY)
for cut in (0, 8, 20, len(good) - 33, len(good) - 1):
    try:
        print(plistlib.loads(good[:cut] + good[len(good) - 32:] if cut else good[:cut]))
    except plistlib.InvalidFileException as e:
        print("invalid", cut, e)
for pos in range(8, len(good) - 32):
    data = bytearray(good)
    data[pos] ^= 0xFF
    try:
        print(pos, plistlib.loads(bytes(data)))
    except plistlib.InvalidFileException as e:
        print(pos, "invalid", e)
    except Exception as e:
        print(pos, type(e).__name__)

for stamp in ["2021-07-08Z", "2021-07-08T09Z", "2021-07-08T09:10Z",
              "2021-07-08T09:10:11Z"]:
    doc = ("<plist version='1.0'><date>%s</date></plist>" % stamp).encode()
    print(plistlib.loads(doc))
print(plistlib.loads(b"<plist><dict><key></key><key>b</key><true/></dict></plist>"))
print(plistlib.loads(b"<plist><integer>0X10</integer></plist>", fmt=plistlib.FMT_XML))
print(plistlib.loads("<plist><string>bom</string></plist>".encode("utf-8-sig")))
for doc in [b"<plist><dict><key>a</key></dict></plist>",
            b"<plist><array><key>a</key></array></plist>",
            b"<plist><dict><string>v</string></dict></plist>"]:
    try:
        plistlib.loads(doc)
    except ValueError as e:
        print("ValueError", str(e).split(" at line")[0])
print(plistlib.dumps([datetime.datetime(5, 1, 2, 3, 4, 5), "tab\there", "a\r\nb"]).decode())
try:
    plistlib.dumps(1, fmt="xml")
except ValueError as e:
    print(e)
u = plistlib.UID(2 ** 64 - 1)
print(u, u.__reduce__(), u == plistlib.UID(2 ** 64 - 1), u == 5, hash(u) == hash(2 ** 64 - 1))
print(plistlib.loads(plistlib.dumps([u, plistlib.UID(0)], fmt=plistlib.FMT_BINARY)))
