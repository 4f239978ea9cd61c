# codecs incremental encoders/decoders (byte at a time, every codec), iterencode/iterdecode,
# StreamReader/StreamWriter over BytesIO, lookup().incrementaldecoder, latin-1 through codecs.
import codecs, io
text = "héllo wörld € 😀 done"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig", "latin-1", "ascii"]:
    try:
        data = text.encode(enc)
    except UnicodeEncodeError:
        data = "hello world".encode(enc)
    dec = codecs.getincrementaldecoder(enc)()
    out = "".join(dec.decode(data[i:i + 1]) for i in range(len(data))) + dec.decode(b"", final=True)
    print(enc, out == data.decode(enc), repr(out[:12]))
    chunks = [data[i:i + 3] for i in range(0, len(data), 3)]
    print("  iter", "".join(codecs.iterdecode(chunks, enc)) == data.decode(enc))
    e = codecs.getincrementalencoder(enc)()
    src = data.decode(enc)
    print("  enc", b"".join([e.encode(src[:5]), e.encode(src[5:]), e.encode("", True)]) == src.encode(enc))
    print("  iterenc", b"".join(codecs.iterencode([src[:3], src[3:]], enc)) == src.encode(enc))
d = codecs.getincrementaldecoder("utf-8")()
print(repr(d.decode(b"\xe2\x82")), repr(d.decode(b"\xac")), d.getstate())
try:
    d.decode(b"\xff", final=True)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.reason)
d2 = codecs.getincrementaldecoder("utf-8")("replace")
print(repr(d2.decode(b"a\xffb\xe2", final=True)))
buf = io.BytesIO()
w = codecs.getwriter("utf-8")(buf)
w.write("αβγ\n"); w.writelines(["x", "y\n"])
print(buf.getvalue())
r = codecs.getreader("utf-8")(io.BytesIO("line one\nline two é\nend".encode()))
print(r.readline(), r.readline(keepends=False), r.read())
r2 = codecs.getreader("utf-16")(io.BytesIO("ab\ncd".encode("utf-16")))
print(list(r2))
info = codecs.lookup("UTF8")
print(info.name, info.incrementaldecoder.__name__, info.streamreader.__name__, issubclass(info.incrementaldecoder, codecs.IncrementalDecoder))
print(issubclass(codecs.getwriter("latin-1"), codecs.StreamWriter), codecs.getreader("ascii").__name__)
