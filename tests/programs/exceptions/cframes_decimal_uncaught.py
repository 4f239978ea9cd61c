# decimal is C in CPython: the traceback ends at the caller's line.
import decimal

print(decimal.Decimal("1.5") + 1)
value = decimal.Decimal("abc")
