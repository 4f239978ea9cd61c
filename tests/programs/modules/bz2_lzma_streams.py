# bz2/lzma incremental objects: compress/flush errors, pickling refused with the C type's
# name, max_length and needs_input, unused_data after the end, EOFError, multi-stream data.
import bz2, lzma, pickle
for mod, C, D in ((bz2, bz2.BZ2Compressor, bz2.BZ2Decompressor), (lzma, lzma.LZMACompressor, lzma.LZMADecompressor)):
    data = bytes(range(256)) * 40
    c = C(); blob = c.compress(data[:5000]) + c.compress(data[5000:]) + c.flush()
    for bad in (lambda: c.flush(), lambda: c.compress(b"x"), lambda: pickle.dumps(C()), lambda: pickle.dumps(D())):
        try: bad()
        except Exception as e: print(type(e).__name__, e)
    d = D(); got = b""; steps = []
    got += d.decompress(blob[:100], 50); steps.append((len(got), d.needs_input, d.eof))
    got += d.decompress(b"", 5000); steps.append((len(got), d.needs_input, d.eof))
    got += d.decompress(blob[100:] + b"TAIL", -1); steps.append((len(got), d.needs_input, d.eof, d.unused_data))
    print(steps, got == data, hasattr(d, "compress"))
    try: d.decompress(b"x")
    except EOFError as e: print("EOFError", e)
    print(mod.decompress(blob + blob) == data * 2, type(C).__name__, C.__module__, D.__module__)
