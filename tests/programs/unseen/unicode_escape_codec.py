tests = [b"a\\tb\\n", b"\\x41\\u00e9\\U0001F600", b"\\101\\7\\0", b"caf\xe9", b"\\N{BULLET} \\N{GREEK SMALL LETTER ALPHA}", b"\\'\\\"\\\\", b"\\q", b"\\x4", b"ab\\", b"\\u12", b"\\U00110000", b"\\N{NOPE}", b"\\N{", b"\\u00e9 \\U0001F600 x"]
for t in tests:
    for codec in ("unicode_escape", "raw_unicode_escape"):
        try:
            print(codec, repr(t.decode(codec)))
        except UnicodeDecodeError as e:
            print(codec, "UnicodeDecodeError:", e, e.start, e.end)
    try:
        print(repr(t.decode("unicode_escape", "replace")), repr(t.decode("unicode-escape", errors="ignore")))
    except UnicodeDecodeError as e:
        print("??", e)
for s in ["plain", "tab\there\n", "é and ü", "€ sign", "😀", "back\\slash 'q' \"d\"", "\x00\x7f\x80\xff"]:
    print(s.encode("unicode_escape"), s.encode("raw_unicode_escape"))
import codecs
print(codecs.decode(b"\\u20ac", "unicode_escape"), codecs.encode("\u20ac", "unicode_escape"))
