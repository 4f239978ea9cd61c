"""decimal: every rounding mode, str/repr of exponents, contexts (Context, setcontext, ExtendedContext), comparisons with other numbers."""
from decimal import *
D = Decimal
modes = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
for v in ["2.5", "-2.5", "1.05", "-1.15", "0.051", "9.95", "1.0", "-0.001"]:
    print(v, [str(D(v).quantize(D("0.1"), rounding=m)) for m in modes])
for v in ["0", "0.00", "-0", "1E+2", "1E-10", "123E-20", "0E-7", "0E+3", "-1.23E+5", "1.00000E-6", "12345678E-14"]:
    d = D(v)
    print(v, str(d), repr(d), d.as_tuple(), d.adjusted(), +d, -d)
print(D(1.1), D(2**0.5), D(1e-20), D(123456789.0), D.from_float(0.25), D(float("inf")))
print(getcontext())
c = Context(prec=5, rounding=ROUND_HALF_UP)
print(c.divide(D(2), D(3)), c.add(D("1.23456"), 0), c.sqrt(D(2)), c.multiply(D("1.2345"), D("1.2345")), c.power(D(2), 20))
setcontext(ExtendedContext)
print(D(1) / 0, D(0) / 0, D(-1).sqrt(), getcontext().prec)
setcontext(DefaultContext)
try:
    D("1.23456789").quantize(D("1E-30"))
except InvalidOperation as e:
    print("InvalidOperation", e.args)
print(D("123.456").quantize(D(1)), D("-0.5").quantize(D(1)), D("0.5").to_integral_value(ROUND_HALF_UP), D("1234").quantize(D("1E+2")))
print(D(7).max(D(3)), D(7).min(3), D(2).compare(D(3)), D("1.0").same_quantum(D("2.0")), D(5).is_zero(), D(0).is_zero())
print(D("12.50") / D("2.5"), D("1") / D("8"), D("100") / D("0.25"), D("1.0") / D("3.00"), D(22) / D(7))
print(D(6) // D("0.5"), D("5.5") % D(2), D("-5.5") % D(2), -D("5.5") // D(2))
print(math_ok := __import__("math").floor(D("2.7")), __import__("math").ceil(D("-2.7")), abs(D("-3.30")), D("3.30").copy_sign(D(-1)))
print(hash(D("2.50")) == hash(2.5), D("2.50") in {2.5}, {D("1.0"): 1}[1], D(3) == __import__("fractions").Fraction(3), D("0.5") < __import__("fractions").Fraction(2, 3))
print(sorted([D("2"), 1.5, 1, D("0.99")]), sum([D("1.5"), 2]), f"{D('1.5'):<8}|", f"{D('-0.000123'):.3f}", f"{D('5'):+.1f}", f"{D('1e10'):f}")
