# Decimal: quantize/to_integral under every rounding mode, sqrt/normalize/as_integer_ratio,
# arithmetic at several precisions, the Context methods, and format() with the whole spec
# language (fill/align/sign/z/0/width/,/precision/type) compared with CPython.
from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)[:60]
    return repr(r) if not isinstance(r, str) else r
vals = ["0", "-0", "1", "-1", "2", "0.5", "10", "100", "1E+5", "1.00", "123.456", "-123.456", "0.000123", "9.999", "2.5", "3.5", "-2.5", "1E-10", "12345678901234567890", "Infinity", "-Infinity", "NaN", "sNaN", "0E-5", "5E+3", "7", "0.1"]
D = [Decimal(v) for v in vals]
rnd = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]
for d in D:
    print("str", d, repr(d), show(d.as_integer_ratio), show(d.normalize), show(d.sqrt), show(d.to_integral_value), show(d.to_integral_exact), show(d.adjusted), show(d.as_tuple))
    print("trans", d, show(d.exp), show(d.ln), show(d.log10), show(getattr(d, "logb", None)), show(getattr(d, "number_class", None)))
    for r in rnd:
        print("  q", r, show(d.quantize, Decimal("0.01"), rounding=r), show(d.quantize, Decimal("1E+1"), rounding=r), show(d.to_integral_value, rounding=r), show(round, d), show(round, d, 1))
for p in [1, 3, 9, 28, 50]:
    with localcontext() as c:
        c.prec = p
        for d in D:
            print("prec", p, d, show(d.sqrt), show(d.exp), show(d.ln), show(d.log10), show(lambda: d / 3), show(lambda: d ** Decimal("0.5")), show(lambda: +d), show(lambda: d * d))
specs = ["", "f", ".2f", ".0f", "e", ".3e", "g", ".3g", "%", ".1%", ">12", "<12.2f", "^12", "+", " .2f", ",", ",.2f", "012.3f", "_f", "E", "G", "n", ".10g", "#.0f"]
for d in D:
    print("fmt", d, *[show(format, d, s) for s in specs])
c = Context(prec=5, rounding=ROUND_HALF_UP)
for d in D[:20]:
    print("ctx", d, show(c.plus, d), show(c.sqrt, d), show(c.exp, d), show(c.ln, d), show(c.quantize, d, Decimal("0.1")), show(c.to_integral_value, d), show(c.normalize, d), show(c.power, d, 2), show(c.divide, d, 7))
print(show(getcontext().__repr__))

vals = ["1234567.891", "-0.000012345", "0", "-0", "1E+30", "123456789012345678901234567890.5", "9.9999", "0.00050", "5E-7", "1234.5"]
specs = [",", ",.2f", "015,.2f", "0=15.3f", "*^20.4e", "+.3g", " g", ".0e", ".0f", ".0%", "z.2f", "G", ".2G", "10", "<10", "020", "020,", ",g", ".15g", ".1g", ".30f", "e", "n", ".3n"]
for v in vals:
    d = Decimal(v)
    out = []
    for sp in specs:
        try:
            out.append(repr(format(d, sp)))
        except Exception as e:
            out.append(type(e).__name__)
    print(v, *out)
with localcontext() as c:
    c.rounding = ROUND_DOWN
    print(format(Decimal("2.999"), ".2f"), format(Decimal("2.999"), ".2e"), format(Decimal("-2.999"), ".1g"))
