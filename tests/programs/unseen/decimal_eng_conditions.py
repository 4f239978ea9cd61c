# Decimal.to_eng_string and how decimal's conditions are raised and flagged
from decimal import (Decimal, InvalidOperation, DivisionByZero, getcontext, localcontext,
                     ConversionSyntax, DivisionUndefined)
for s in ["1e10", "1E-7", "123.45e5", "0e10", "0E-8", "-4.5e-10", "1", "100", "0.00001",
          "5E+3", "0E+1", "0E+2", "12345678e20", "NaN", "-Inf", "1.000E+7"]:
    d = Decimal(s)
    print(f"{s:>12} {str(d):>14} {d.to_eng_string():>14}")
cases = [("0/0", lambda: Decimal(0) / Decimal(0)), ("syntax", lambda: Decimal("x")),
         ("impossible", lambda: Decimal(10**30) // Decimal("0.0001")),
         ("1/0", lambda: Decimal(1) / 0), ("5%0", lambda: Decimal(5) % 0)]
for name, f in cases:
    getcontext().clear_flags()
    try:
        f()
    except ZeroDivisionError as e:
        print(name, "ZeroDivisionError", type(e).__name__, e)
    except InvalidOperation as e:
        print(name, "InvalidOperation", type(e).__name__, e, isinstance(e, ConversionSyntax))
    fl = getcontext().flags
    print("   flags:", fl[InvalidOperation], fl[DivisionByZero])
with localcontext() as ctx:
    ctx.traps[InvalidOperation] = False
    print(Decimal(0) / Decimal(0), ctx.flags[InvalidOperation])
try:
    Decimal("1.2.3")
except DivisionUndefined:
    print("not this")
except InvalidOperation as e:
    print("caught", type(e).__name__, e.args)
