# Sizes too big to allocate raise MemoryError/OverflowError/ValueError as in CPython,
# never a Rust abort or panic.

def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e)[:90])
    else:
        print(label, "-> ok", len(r) if hasattr(r, "__len__") else r)

attempt("format width", lambda: format(1, "99999999999"))
attempt("format float width", lambda: format(1.0, "99999999999"))
attempt("format str width", lambda: format("a", "99999999999"))
attempt("str.format width", lambda: "{:99999999999}".format(1))
attempt("f-string width", lambda: f"{1:99999999999}")
attempt("too many digits", lambda: format(1, "9999999999999999999999"))
attempt("too many digits prec", lambda: format(1.0, ".9999999999999999999999f"))
attempt("precision too big", lambda: format(1.0, ".99999999999f"))
attempt("str precision", lambda: format("a", ".99999999999"))
attempt("% width", lambda: "%99999999999d" % 1)
attempt("% width too big", lambda: "%99999999999999999999d" % 1)
attempt("% precision too big", lambda: "%.99999999999f" % 1.0)
attempt("long f precision", lambda: len(format(1.0, ".100000f")))
attempt("long % precision", lambda: len("%.100000f" % 1.0))
attempt("long e precision", lambda: format(1.5, ".70000e")[-12:])
attempt("long g precision", lambda: format(1.5, ".70000g"))
attempt("small formats", lambda: "%.5f|%5d|%-4s|%*d" % (1.5, 3, "a", -4, 2))
attempt("bytes", lambda: bytes(2**62))
attempt("bytearray", lambda: bytearray(2**62))
attempt("center", lambda: "a".center(2**62))
attempt("ljust", lambda: "a".ljust(2**62))
attempt("rjust", lambda: "a".rjust(2**62))
attempt("zfill", lambda: "a".zfill(2**62))
attempt("bytes center", lambda: b"a".center(2**62))
attempt("expandtabs no tab", lambda: "a".expandtabs(2**62))
attempt("expandtabs", lambda: "a\tb".expandtabs(2**62))
attempt("to_bytes signed", lambda: (-1).to_bytes(2**40, "big", signed=True))
attempt("to_bytes", lambda: (1).to_bytes(2**62, "big"))
attempt("list(range)", lambda: list(range(2**62)))
attempt("slice step", lambda: list(range(9)[::-2**63]))
attempt("str repeat", lambda: "ab" * 2**62)
attempt("list repeat", lambda: [1] * 2**62)
attempt("tuple repeat", lambda: (1,) * 2**62)
attempt("bytes repeat", lambda: b"a" * 2**62)
attempt("bytes repeat 3", lambda: bytes(range(3)) * 2**62)

import os
class Big:
    def __len__(self): return 2**62
    def __getitem__(self, i): raise IndexError
attempt("urandom", lambda: os.urandom(2**62))
attempt("reversed huge len", lambda: list(reversed(Big())))
attempt("%d precision", lambda: "%.5d|%.3d" % (42, -7))
attempt("list range", lambda: list(range(2**62)))
attempt("tuple range", lambda: tuple(range(2**62)))
attempt("small", lambda: (list(range(3)), tuple(range(2, 5))))
attempt("bytearray range", lambda: bytearray(range(2**62)))
attempt("%c big", lambda: "%c" % 2**40)
attempt("%c neg", lambda: "%c" % -1)
attempt("%c ok", lambda: "%c|%c" % (65, "z"))
attempt("b%c", lambda: b"%c" % 256)
attempt("b%c ok", lambda: b"%c" % 65)
attempt("str * -big", lambda: "x" * -2**70)
attempt("list * -big", lambda: [1] * -2**70)
attempt("str * big", lambda: "x" * 2**70)
attempt("bytes range", lambda: bytes(range(2**62)))
attempt("bytes list", lambda: bytes([1, 2, 300]))
attempt("bytes gen", lambda: bytes(x for x in [65, 66]))
