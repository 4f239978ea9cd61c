"""Money with decimal: exact sums, quantize with rounding, precision contexts, errors, formatting."""
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, InvalidOperation, DivisionByZero
D = Decimal
print(D("0.1") + D("0.2"), D(1) / D(7), D("1.10"), repr(D("1.10")), D(0.5), D(0.1), D(-0.0), D("-0"), D(10) ** 3)
print(D("1.005").quantize(D("0.01"), rounding=ROUND_HALF_UP), D("2.675").quantize(D("0.01")), D("3.14159").quantize(D("0.001")))
print(D("1E+3"), D("1e-7"), D("123.456e2"), D("0.000001"), D("0.0000001"), D("1234567890123456789012345678901234"), D("100"), D("1.2E5"))
print(sum([D("0.1")] * 3), D("19.99") * 3, D("100") - D("0.01"), D("10") / D("4"), D("1") / D("3") * 3, D(2) / D("0.5"))
print(D("7").sqrt(), D("2").sqrt(), D("16").sqrt(), D("0.25").sqrt(), D("1E-4").sqrt(), D(100).sqrt())
print(D("10") // D("3"), D("-10") // D("3"), D("10") % D("3"), D("-10") % D("3"), divmod(D("7.5"), D(2)), D("2.5").to_integral_value(), int(D("9.99")), int(D("-9.99")))
print(round(D("2.5")), round(D("3.5")), round(D("1.2345"), 2), float(D("1.1")), D("1.10") == D("1.1"), D("0.5") == 0.5, D(1) == 1, hash(D(1)) == hash(1), hash(D("0.5")) == hash(0.5))
print(D("3") > 2, D("2.50") < D("2.6"), sorted([D("1.1"), D("-2"), D("0.5")]), max(D(1), D("1.0")), min([D("3"), 2]))
print(f"{D('1234.5678'):.2f}", f"{D('1234.5678'):,.2f}", f"{D('0.125'):.1%}", f"{D('12345.678'):e}", f"{D('12345.678'):.2e}", f"{D('-3.5'):>10}", f"{D('42'):08.2f}")
getcontext().prec = 6
print(D(1) / D(7), D("123456789") + 0, D(2) ** 40, D(1) / 3, +D("1.23456789"))
with localcontext() as ctx:
    ctx.prec = 3
    ctx.rounding = ROUND_DOWN
    print(D(2) / 3, D("9.999") + 0)
print(D(2) / 3, getcontext().prec)
getcontext().prec = 28
for bad in ["abc", "1.2.3", "", "1e", " 5 "]:
    try:
        print(repr(D(bad)))
    except InvalidOperation as e:
        print("InvalidOperation", e.args)
try:
    D(1) / 0
except DivisionByZero as e:
    print("DivisionByZero", e.args, isinstance(e, ZeroDivisionError))
try:
    D(0) / 0
except InvalidOperation as e:
    print("InvalidOperation", e.args)
print(D("Infinity"), D("-inf"), D("NaN"), D("1") + D("Infinity"), D("inf") > 10**100, D("nan").is_nan(), D(5).as_tuple(), D("-1.50").as_tuple())
print(D((0, (1, 2, 3), -2)), D((1, (5,), 3)), D("1.50").normalize(), D("100").normalize(), D("0.00").normalize(), D(3).adjusted(), D("0.001").adjusted())
print(D("5") * 2.5 if False else "", D(3).as_integer_ratio(), D("0.75").as_integer_ratio(), D("-2").copy_abs(), D(2).copy_negate(), D("1.23").is_signed())
print(D("1.1") + 1, 1 + D("1.1"), 2 * D("0.5"), 10 - D(1), 1 / D(4), 7 // D(2), 7 % D(2), D(2) ** -2, D("1.5") ** 2)
try:
    D(1) + 1.5
except TypeError as e:
    print("TypeError", str(e).split(":")[0])
print(str(D(10) ** 30), D("1e30") + 1, D(123).quantize(D("1e1")), D("0.1") * D("0.1"), D("1.000") * D("2.00"))
