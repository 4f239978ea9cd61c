# quopri and binascii's quoted-printable: line lengths and soft breaks, trailing spaces,
# tabs, headers, CRLF, dots, binary mode, decoding edge cases, the quopri_codec.
import binascii
import io
import quopri

samples = [
    b"hello world",
    b"caf\xc3\xa9 = price\n",
    b"trailing space \nand tab\t\nend",
    b"a" * 80,
    b"a" * 75 + b"\n" + b"b" * 76 + b"\n" + b"c" * 77,
    b"x" * 74 + b"\xff\xfe",
    b".\n.a\n..\n",
    b"under_score and spaces",
    b"line1\r\nline2 \r\nline3\r\n",
    b"\x00\x01\x7f\x80 tabs\tand\t",
    b"",
    b"=" * 30,
    b" ",
    b"\t\n",
]
for s in samples:
    for kw in ({}, {"quotetabs": True}, {"header": True}):
        e = quopri.encodestring(s, **kw)
        d = quopri.decodestring(e, **({"header": True} if kw.get("header") else {}))
        print(kw, e, d == s)
    print("binary", binascii.b2a_qp(s, istext=False))

for enc in [b"=41=42=43", b"=4", b"=", b"=zz", b"==41", b"soft=\nbreak", b"soft=\r\nbreak",
            b"soft=  \nbreak", b"a_b_c", b"=e9t=E9", b"mixed=0d=0A"]:
    print(enc, quopri.decodestring(enc), quopri.decodestring(enc, header=True),
          binascii.a2b_qp(enc.decode("ascii")))

out = io.BytesIO()
quopri.encode(io.BytesIO(b"file \xe9 data \n" * 3), out, quotetabs=False)
print(out.getvalue())
back = io.BytesIO()
quopri.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue())
print(quopri.needsquoting(b"=", False, False), quopri.needsquoting(b" ", True, False),
      quopri.needsquoting(b"_", False, True), quopri.quote(b"\xab"), quopri.ishex(b"f"),
      quopri.unhex(b"fF"))
