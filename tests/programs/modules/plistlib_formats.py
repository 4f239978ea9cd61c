# plistlib: XML and binary plists written byte for byte as CPython writes them, read back,
# format detection, dict_type, sort_keys/skipkeys, UID, dates, big ints, errors.
import datetime
import io
import plistlib
from collections import OrderedDict

value = {
    "name": "pydive & <friends>",
    "count": 42,
    "negative": -7,
    "big": 2 ** 63 + 5,
    "ratio": 0.125,
    "pi": 3.141592653589793,
    "yes": True,
    "no": False,
    "blob": bytes(range(100)),
    "empty_blob": b"",
    "when": datetime.datetime(2024, 2, 29, 13, 45, 7),
    "list": [1, "two", 3.0, [4, [5]], {}],
    "empty_list": [],
    "nested": {"z": 1, "a": {"deep": ["x", "x", "y"]}},
    "unicode": "caf\u00e9 \u2603 \U0001f600",
    "crlf": "line1\r\nline2\rline3",
}

xml = plistlib.dumps(value)
print(xml.decode("utf-8"))
back = plistlib.loads(xml)
print(back == value, type(back["when"]).__name__, back["blob"][:5])
binary = plistlib.dumps(value, fmt=plistlib.FMT_BINARY)
print(len(binary), binary[:8], binary.hex()[-64:])
print(plistlib.loads(binary) == value)
print(plistlib.loads(binary, fmt=plistlib.FMT_BINARY) == value)
print(plistlib.dumps(value, sort_keys=False)[:400].decode())
print(plistlib.dumps(value, fmt=plistlib.FMT_BINARY, sort_keys=False).hex()[:120])

shared = [1, 1, "s", "s", 1.0, True]
print(plistlib.dumps(shared, fmt=plistlib.FMT_BINARY).hex())
print(plistlib.loads(plistlib.dumps(shared, fmt=plistlib.FMT_BINARY)))
many = list(range(300)) + ["x" * 20] * 3 + ["y" * i for i in range(20)]
b = plistlib.dumps(many, fmt=plistlib.FMT_BINARY)
print(len(b), b[-32:].hex(), plistlib.loads(b) == many)

uids = {"a": plistlib.UID(5), "b": plistlib.UID(300), "c": plistlib.UID(70000),
        "d": plistlib.UID(2 ** 40)}
b = plistlib.dumps(uids, fmt=plistlib.FMT_BINARY)
print(b.hex(), plistlib.loads(b), plistlib.UID(3) == plistlib.UID(3), repr(plistlib.UID(9)))
for bad in [-1, 2 ** 64, "x"]:
    try:
        plistlib.UID(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    plistlib.dumps(uids)
except TypeError as e:
    print("TypeError", e)

print(plistlib.loads(plistlib.dumps({"b": 1, "a": 2}), dict_type=OrderedDict))
print(plistlib.dumps({1: "x", "k": "v"}, skipkeys=True, sort_keys=False).decode().count("<key>"),
      len(plistlib.dumps({1: "x", "k": "v"}, skipkeys=True, sort_keys=False, fmt=plistlib.FMT_BINARY)))
for bad in [{1: 2}, {"a": 1, 2: 3}, None, {"x": None}, 2 ** 64, -2 ** 63 - 1, "ctrl\x01"]:
    for fmt in (plistlib.FMT_XML, plistlib.FMT_BINARY):
        try:
            plistlib.dumps(bad, fmt=fmt)
            print("ok", fmt)
        except (TypeError, ValueError, OverflowError) as e:
            print(fmt.name, type(e).__name__, e)
for data in [b"not a plist", b"bplist00" + b"\x00" * 10, b""]:
    try:
        plistlib.loads(data)
    except plistlib.InvalidFileException as e:
        print("InvalidFileException", e, isinstance(e, ValueError))

text = """<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
  <key>hex</key><integer>0x1F</integer>
  <key>date</key><date>2020-01-02T03:04:05Z</date>
  <key>data</key><data>
    aGVs
    bG8=
  </data>
  <key>esc</key><string>a &amp; b &lt; c &#65;</string>
  <key>real</key><real>1e3</real>
  <key>arr</key><array><true/><false/><string></string></array>
</dict>
</plist>
"""
print(plistlib.loads(text.encode()))
try:
    plistlib.loads(text.encode(), aware_datetime=True)
except TypeError as e:
    print("TypeError", e)
buf = io.BytesIO()
plistlib.dump({"d": datetime.datetime(2001, 1, 1, 0, 0, 1)}, buf, fmt=plistlib.FMT_BINARY)
buf.seek(0)
print(buf.getvalue().hex(), plistlib.load(buf))
print(plistlib.FMT_XML, plistlib.PlistFormat.FMT_BINARY, list(plistlib.PlistFormat))
