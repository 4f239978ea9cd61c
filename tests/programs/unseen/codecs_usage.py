"""codecs as scripts use it: rot13, hex and base64 transforms, lookup names, BOMs, encoders and errors."""
import codecs
print(codecs.encode("Hello, World!", "rot13"), codecs.decode("Uryyb", "rot_13"), codecs.encode("héllo", "utf-8"), codecs.decode(b"h\xc3\xa9", "utf8"))
print(codecs.encode(b"\x01\xab", "hex"), codecs.decode(b"01ab", "hex"), codecs.encode(b"hi there", "base64"), codecs.decode(b"aGk=\n", "base64"))
print(codecs.lookup("UTF8").name, codecs.lookup("latin1").name, codecs.lookup("utf_16_le").name, codecs.lookup("ascii").name, codecs.lookup("rot13").name)
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE, codecs.BOM == codecs.BOM_UTF16_LE, codecs.encode("x", "utf-8-sig"), codecs.decode(b"\xef\xbb\xbfx", "utf-8-sig"))
enc = codecs.getencoder("utf-16-le")
print(enc("ab"), codecs.getdecoder("ascii")(b"abc"), list(codecs.iterdecode([b"h\xc3", b"\xa9llo"], "utf-8")), list(codecs.iterencode(["a", "b"], "ascii")))
try:
    codecs.lookup("nope-codec")
except LookupError as e:
    print(e)
try:
    codecs.decode(b"\xff", "ascii")
except UnicodeDecodeError as e:
    print(e)
print(codecs.encode("é", "ascii", "replace"), codecs.decode(b"a\xffb", "utf-8", "ignore"), codecs.lookup_error("strict").__name__)
