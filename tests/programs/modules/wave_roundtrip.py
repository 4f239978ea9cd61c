# wave: write PCM frames (file name and BytesIO), read them back, header bytes, errors.
import io, os, struct, tempfile, wave


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


samples = struct.pack("<8h", 0, 1000, -1000, 32767, -32768, 5, 6, 7)
buf = io.BytesIO()
w = wave.open(buf, "wb")
w.setnchannels(2)
w.setsampwidth(2)
w.setframerate(44100.4)
w.setcomptype("NONE", "not compressed")
w.writeframes(samples[:8])
t(lambda: w.setnchannels(1))
w.writeframes(samples[8:])
print(w.tell(), w.getnframes(), w.getparams())
w.close()
data = buf.getvalue()
print(len(data), data[:44])

r = wave.open(io.BytesIO(data))
print(r.getparams(), r.getnframes(), r.getcomptype(), r.getcompname(), r.getmarkers())
print(r.readframes(1), r.tell())
print(r.readframes(10), r.tell())
r.setpos(2)
print(r.readframes(1))
r.rewind()
print(r.readframes(0), r.tell())
t(lambda: r.setpos(9))
t(lambda: r.getmark(1))
r.close()

d = tempfile.mkdtemp()
path = os.path.join(d, "mono.wav")
with wave.open(path, "wb") as w:
    w.setparams((1, 1, 8000, 0, "NONE", "not compressed"))
    w.writeframesraw(bytes(range(120, 130)))
with wave.open(path) as r:
    print(r.getparams(), r.readframes(-1))
with open(path, "rb") as f:
    print(f.read()[:12])

with wave.open(path, "wb") as w:
    w.setnchannels(1)
    w.setsampwidth(3)
    w.setframerate(22050)
    w.setnframes(4)
    w.writeframes(b"\x01\x02\x03" * 3)
with wave.open(path, "rb") as r:
    print(r.getparams(), r.readframes(5))

t(lambda: wave.open(io.BytesIO(b"RIFX\0\0\0\0WAVE")))
t(lambda: wave.open(io.BytesIO(b"RIFF\0\0\0\0WAVX")))
t(lambda: wave.open(io.BytesIO(b"RIFF\x04\0\0\0WAVE")))
t(lambda: wave.open(io.BytesIO(data.replace(b"\x01\x00\x02\x00", b"\x03\x00\x02\x00", 1))))
t(lambda: wave.open(io.BytesIO(), "x"))
w = wave.Wave_write(io.BytesIO())
t(lambda: w.setsampwidth(5)); t(lambda: w.setnchannels(0)); t(lambda: w.setframerate(0))
t(lambda: w.setcomptype("ULAW", "u")); t(w.getparams); t(w.getnchannels); t(w.getsampwidth)
t(w.getframerate); t(lambda: w.writeframes(b"ab")); t(lambda: w.setmark(1, 2, "m"))
w.setnchannels(1); w.setsampwidth(1); w.setframerate(8)
w.close()
os.remove(path)
os.rmdir(d)
