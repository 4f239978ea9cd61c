# sys.set_int_max_str_digits and the 4300-digit limit of int <-> str conversions (CPython 3.12).
import sys

def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e)[:130])
    else:
        print(label, "-> ok", len(r) if hasattr(r, "__len__") else r)

print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits,
      sys.int_info.str_digits_check_threshold, sys.flags.int_max_str_digits)
attempt("int 10**6 digits", lambda: int("1" * 10**6))
attempt("int 4301", lambda: int("1" * 4301))
attempt("int 4300", lambda: len(str(int("1" * 4300))))
attempt("int neg spaces", lambda: int("  -" + "7" * 5000 + " "))
attempt("int underscores", lambda: len(str(int("1_" * 3000 + "1"))))
attempt("int garbage", lambda: int("1" * 5000 + "x"))
attempt("int hex", lambda: int("f" * 5000, 16) > 0)
attempt("int base0 hex", lambda: int("0x" + "f" * 5000, 0) > 0)
attempt("int base 36", lambda: int("z" * 5000, 36) > 0)
attempt("int bytes", lambda: int(b"9" * 5000))
attempt("str 10**5000", lambda: str(10**5000))
attempt("str 10**4299", lambda: len(str(10**4299)))
attempt("str 10**4300", lambda: str(10**4300))
attempt("str -10**4299", lambda: len(str(-10**4299)))
attempt("repr", lambda: repr(10**5000))
attempt("format d", lambda: format(10**5000, "d"))
attempt("format x", lambda: len(format(10**5000, "x")))
attempt("percent d", lambda: "%d" % 10**5000)
attempt("f-string", lambda: f"{10**5000}")
attempt("hex", lambda: len(hex(10**5000)))
attempt("set 100", lambda: sys.set_int_max_str_digits(100))
attempt("set 640", lambda: sys.set_int_max_str_digits(640))
attempt("str 641", lambda: str(10**640))
attempt("str 640", lambda: len(str(10**639)))
attempt("set 0", lambda: sys.set_int_max_str_digits(0))
attempt("str unlimited", lambda: len(str(10**5000)))
attempt("int unlimited", lambda: len(str(int("3" * 5000))))
attempt("set kw", lambda: sys.set_int_max_str_digits(maxdigits=5000))
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
attempt("str 4999", lambda: len(str(10**4999)))
attempt("str 5000", lambda: str(10**5000))
