# max_length bounds every decompress call (bz2 exceeded it: reserve() gave more room than asked)
import bz2, lzma
data = bytes(range(256)) * 4000
for mod in (bz2, lzma):
    c = mod.compress(data)
    d = mod.BZ2Decompressor() if mod is bz2 else mod.LZMADecompressor()
    parts = []
    out = d.decompress(c[:1000], max_length=777)
    parts.append(len(out))
    while not d.eof:
        out2 = d.decompress(b"" if d.needs_input is False else c[1000:], max_length=70000)
        parts.append(len(out2))
        if d.needs_input and not out2: break
    print(mod.__name__, parts[:6], sum(parts), d.eof)
