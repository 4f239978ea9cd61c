# Single-byte (charmap) codecs: cp1252, cp1251, cp437, latin-9, koi8, mac-roman ...; their
# names and aliases, error handlers, codecs.charmap_encode/decode with user tables.
import codecs

text = "Grüße, €5 — naïve café"
for enc in ["cp1252", "cp1250", "latin-9", "latin9", "iso8859_15", "windows-1252",
            "mac_roman", "cp850", "cp437"]:
    try:
        b = text.encode(enc)
        print(enc, b, b.decode(enc) == text)
    except UnicodeEncodeError as e:
        print(enc, "encode error:", e)
        print("  replace:", text.encode(enc, "replace"))
        print("  xml:", text.encode(enc, "xmlcharrefreplace"))
        print("  backslash:", text.encode(enc, "backslashreplace"))
        print("  ignore:", text.encode(enc, "ignore"))
        print("  start/end:", e.start, e.end, e.encoding, e.reason)
    except LookupError as e:
        print("LookupError", e)

ru = "Привет, мир! Ёё"
for enc in ["cp1251", "koi8_r", "koi8-u", "cp866", "iso8859-5", "mac_cyrillic"]:
    b = ru.encode(enc)
    print(enc, b.hex(), b.decode(enc) == ru)

print(bytes(range(0x80, 0x100)).decode("cp437"))
print(bytes(range(0xa0, 0x100)).decode("iso8859_7", "replace"))
print(bytes(range(0xa0, 0x100)).decode("latin9"))
print("\u00e9\u20ac\u2019".encode("cp1252"))

for bad in [b"\x81", b"ab\x8d\x8f", b"\x90"]:
    try:
        bad.decode("cp1252")
    except UnicodeDecodeError as e:
        print(type(e).__name__, e, e.start, e.end, e.object)
    print(bad.decode("cp1252", "replace"), bad.decode("cp1252", "ignore"),
          bad.decode("cp1252", "backslashreplace"))

try:
    "a\u20ac\u20acb".encode("cp437")
except UnicodeEncodeError as e:
    print(e)
try:
    "x".encode("cp437", "nosuch\u00e9")
except LookupError as e:
    print("LookupError", e)
try:
    "\u20ac".encode("cp437", "nosuch")
except LookupError as e:
    print("LookupError", e)

for name in ["cp1252", "CP1252", "windows_1252", "latin-9", "latin9", "iso-8859-15", "L9",
             "koi8_r", "KOI8-U", "mac_roman", "macroman", "cp437", "IBM437", "437",
             "cp850", "iso8859_2", "latin2", "cp1251", "windows-1251", "cp1250", "hebrew",
             "greek", "cyrillic", "iso-8859-1", "latin_1", "tis-620", "cp037", "ebcdic-cp-us"]:
    try:
        print(name, "->", codecs.lookup(name).name)
    except LookupError as e:
        print("LookupError", e)
for name in ["cp-1252", "cp99999", "latin-99"]:
    try:
        codecs.lookup(name)
    except LookupError as e:
        print("LookupError", e)

print(codecs.encode("Straße €", "cp1252"), codecs.decode(b"\x80\xe4", "cp1252"))
print(codecs.lookup("cp1252").encode("é€"), codecs.lookup("cp1252").decode(b"\xe9\x80"))
print("Hello".encode("cp037"), b"\xc8\x85\x93\x93\x96".decode("cp500"))
print("é".encode("cp037", "replace"), "\u20ac".encode("cp037", "replace"))

dec = codecs.getincrementaldecoder("cp1252")()
print(repr(dec.decode(b"\x80a")), repr(dec.decode(b"\xe9", final=True)))
enc = codecs.getincrementalencoder("koi8_r")()
print(enc.encode("Да"), enc.encode("нет", final=True))

# charmap_* with user tables
table = "abc\ufffe" + "".join(chr(0x400 + i) for i in range(252))
print(codecs.charmap_decode(b"\x00\x01\x02\x05", "strict", table))
try:
    codecs.charmap_decode(b"\x00\x03", "strict", table)
except UnicodeDecodeError as e:
    print(e)
print(codecs.charmap_decode(b"\x00\x03\x09", "replace", table))
print(codecs.charmap_decode(b"\x00\x01\x02", "strict", {0: "x", 1: 0x263a, 2: "yz"}))
try:
    codecs.charmap_decode(b"\x00\x07", "strict", {0: "x"})
except UnicodeDecodeError as e:
    print(e)
print(codecs.charmap_decode(b"\xe9"))
m = codecs.charmap_build(table)
print(codecs.charmap_encode("abc\u0401", "strict", m))
print(codecs.charmap_encode("ab", "strict", {ord("a"): 1, ord("b"): b"BB"}))
try:
    codecs.charmap_encode("a\u20ac", "strict", {ord("a"): 1})
except UnicodeEncodeError as e:
    print(e)
print(codecs.charmap_encode("a\u20ac", "replace", {ord("a"): 1, ord("?"): 63}))
print(codecs.charmap_encode("a\u20ac", "ignore", {ord("a"): 1}))

# text files through a single-byte codec
import io, os, tempfile
path = os.path.join(tempfile.mkdtemp(), "cp.txt")
with open(path, "w", encoding="cp1252") as f:
    f.write("café €\n")
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="cp1252") as f:
    print(repr(f.read()))
os.remove(path)
print(io.TextIOWrapper(io.BytesIO(b"\xe9\xa4"), encoding="latin9").read())

# the encodings package: normalize_encoding, the alias table, search_function
import encodings
import encodings.aliases
print(encodings.normalize_encoding("Latin-1 "), encodings.normalize_encoding("  utf--8!!"),
      encodings.normalize_encoding("x.y z"))
print(len(encodings.aliases.aliases), encodings.aliases.aliases["latin9"],
      encodings.aliases.aliases["u8"], encodings.aliases.aliases["windows_1251"])
print(encodings.search_function("cp1252").name, encodings.search_function("nope"))
print(issubclass(encodings.CodecRegistryError, LookupError))
