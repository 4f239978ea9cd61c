# stringprep tables, encodings.punycode and encodings.idna (ToASCII/ToUnicode/nameprep, Codec, incremental codecs).
import encodings.idna as idna, encodings.punycode as pc, stringprep
C = idna.Codec()
for s in ["bücher.de", "www.example.com", "Bücher.DE.", "münchen.de", "日本語.jp", "ÄÖÜ", "straße.de", "ﬁ.com", "a\u00adb.c"]:
    try:
        e = C.encode(s)[0]
        print(repr(s), e, C.decode(e))
    except UnicodeError as ex:
        print(repr(s), "UnicodeError", ex)
for s in ["bücher", "", "abc", "日本語", "Bücher-straße", "\u0644\u064a"]:
    b = pc.punycode_encode(s)
    print(repr(s), b, repr(pc.punycode_decode(b, "strict")))
for bad in ["xn--abc.de", "a..b", "x" * 64 + ".com", "\u05d0a"]:
    try:
        print(C.encode(bad))
    except UnicodeError as ex:
        print("UnicodeError", ex)
print(idna.ToASCII("Bücher"), idna.ToUnicode(b"xn--bcher-kva"), idna.nameprep("ÄB\u00adc"))
print([f(c) for f in (stringprep.in_table_b1, stringprep.in_table_c12, stringprep.in_table_c22, stringprep.in_table_c3, stringprep.in_table_d1, stringprep.in_table_d2) for c in "\u00ad\u3000a\u05d0"])
print(stringprep.map_table_b2("ß"), stringprep.map_table_b3("Σ"), stringprep.in_table_a1("\u0378"), stringprep.in_table_c9("\U000e0001"), stringprep.in_table_c4("\ufffe"))
import encodings.idna as idna  # noqa
e = idna.IncrementalEncoder()
print([e.encode(x) for x in ["bü", "cher.", "de", ""]], e.encode("", True))
e = idna.IncrementalEncoder()
print(e.encode("www.bücher.de", True))
d = idna.IncrementalDecoder()
print([d.decode(x) for x in [b"xn--bc", b"her-kva.", b"de"]], d.decode(b"", True))
