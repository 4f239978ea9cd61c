# Money arithmetic that must not round silently: a context trapping Inexact (and
# Rounded), quantize under such a context, and the flags left behind.
from decimal import (Decimal, Context, localcontext, getcontext, Inexact, Rounded,
                     InvalidOperation, DivisionByZero, ROUND_HALF_UP, DecimalException)
CENTS = Decimal("0.01")
exact = Context(prec=12, traps=[Inexact])
def split(total, ways):
    t = Decimal(total)
    try:
        share = exact.divide(t, ways)
        return f"{ways} x {share}"
    except Inexact as e:
        share = (t / ways).quantize(CENTS, rounding=ROUND_HALF_UP)
        rest = t - share * (ways - 1)
        return f"inexact {e}: {ways - 1} x {share} + {rest}"
for total, ways in [("100.00", 4), ("100.00", 3), ("10", 8), ("0.03", 2)]:
    print(total, ways, "->", split(total, ways))
for price in ["19.99", "3.14159", "2.675", "1E+2"]:
    d = Decimal(price)
    try:
        print(price, "->", d.quantize(CENTS, context=Context(traps=[Inexact])))
    except Inexact as e:
        print(price, "-> needs rounding:", type(e).__name__, e, "|", d.quantize(CENTS, rounding=ROUND_HALF_UP))
c = Context(prec=4, traps=[Rounded])
for a, b in [(1, 4), (12345, 1), (2, 3)]:
    c.clear_flags()
    try:
        print(a, b, c.divide(Decimal(a), Decimal(b)))
    except Rounded as e:
        print(a, b, "Rounded", e, isinstance(e, DecimalException))
    print(sorted(k.__name__ for k, v in c.flags.items() if v))
c2 = Context(prec=5, traps=[])
print(c2.divide(Decimal(1), Decimal(3)), c2.divide(Decimal(1), Decimal(0)), c2.sqrt(Decimal(-1)))
print(sorted(k.__name__ for k, v in c2.flags.items() if v))
with localcontext() as ctx:
    ctx.traps[Inexact] = True
    print(Decimal("1.5") * 2)
    try:
        print(Decimal(2).sqrt())
    except Inexact as e:
        print("sqrt inexact", e)
    ctx.flags[Inexact] = True
    print("flag set by hand is fine:", ctx.flags[Inexact])
print(getcontext().traps[Inexact], Decimal(1) / 3)
try:
    Decimal(1) / 0
except DivisionByZero as e:
    print("DivisionByZero", e)
try:
    Decimal("1.2.3")
except InvalidOperation as e:
    print("InvalidOperation", e)
