import json, math
from fractions import Fraction
from decimal import Decimal, ROUND_HALF_UP, getcontext
data = {"name": "Widget", "price": 12.5, "tags": ["a", "b"], "nested": {"x": None, "y": True}, "n": 10**20}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps({"é": "ü", "k": "\n\t"}, ensure_ascii=False))
print(json.dumps({"é": "ü"}))
print(json.dumps([1.0, float("inf"), -0.0, 1e100, 1/3]))
print(json.dumps({1: 2, 2.5: 3, True: 4, None: 5}))
for bad in ['{"a": 1,}', '[1, 2', '{"a" 1}', '', 'nul', '"abc', '{"a": 1} x', "[1,]"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, e.lineno, e.colno, e.pos)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"s": {3}}, default=lambda o: sorted(o)))
print(json.loads('{"a": 1.5, "b": [1, 2, {"c": null}]}', parse_float=Decimal))
print(json.loads('[1, 2]', object_hook=None), json.loads('{"a":1}', object_pairs_hook=list))
print(json.dumps("x", indent=4), json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps([[1, [2]], {"a": []}], indent="\t"))
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234.5678, -2), round(15, -1))
print(divmod(-7, 2), divmod(7, -2), divmod(-7.5, 2), -7 // 2, -7 % 2, 7.5 % -2)
print(2**100, -(2**70) // 3, (2**64).bit_length(), int("1_000_000"), int("ff", 16), int("0b101", 0))
print(0.1 + 0.2, 1e16, 1e-5, 123456789012345678.0, 1.5e300 * 1e10, float("nan"), 2.0**0.5)
print(repr(1e22), repr(1.0e-7), str(100.0), 3.0 .is_integer(), (0.5).as_integer_ratio())
print(math.isclose(0.1 + 0.2, 0.3), math.gcd(12, 18), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.prod([1, 2, 3, 4]), math.isqrt(99), math.factorial(20), math.log(8, 2), math.hypot(3, 4))
f = Fraction(3, 4) + Fraction(1, 6)
print(f, repr(f), float(f), f.limit_denominator(5), Fraction("0.125"), Fraction(1.5), Fraction(7, -14))
print(Fraction(1, 3) ** 2, Fraction(5, 2) // 1, round(Fraction(7, 2)), Fraction(1, 3) < 0.34)
getcontext().prec = 10
d = Decimal("1.10") + Decimal("2.205")
print(d, repr(d), d.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal(1) / Decimal(7))
print(Decimal("10") ** 3, Decimal("1e3"), Decimal("-0"), Decimal("3.14159").as_tuple())
print(f"{Decimal('1234.5678'):,.2f}", f"{Fraction(1, 3):.5f}", int(Decimal("-3.7")))
print(int(-0.0), float("-inf") < -1e308, 10**18 + 0.5, 7 / 2, 7 // 2.0, hex(255), oct(8), bin(-5))
print((-17).__divmod__(5), pow(3, -1, 7), pow(2, 10, 1000), abs(-3 + 4j), complex(1, -2))
print(f"{1234567.891:,.2f} {0.000123:.2e} {42:08b} {255:#x} {3.14159:>10.3f}| {-5:+d} {5: d}")
print(f"{'abc':*^9} {'left':<8}| {12:^6}| {1e6:g} {1e-7:g} {123456789:_} {0.25:%} {1/3:.1%}")
print("%5.2f|%-6d|%x|%o|%e|%s|%r|%c|%%|%+05d" % (3.14159, 42, 255, 8, 12345.678, "s", "r", 65, 7))
print("%(name)s is %(age)d" % {"name": "Bob", "age": 30}, "%*d" % (5, 42), "%.3s" % "abcdef")
print("{0[0]}-{0[1]} {p.real} {1!r:>8} {2:{3}.{4}f}".format([1, 2], "x", 3.14159, 10, 2, p=3+4j))
print("{:{fill}{align}{width}}".format("mid", fill="-", align="^", width=11))
print(format(12345.6789, "e"), format(0.1, ".20f"), format(1e300 * 10, "f"), format(-0.0, "g"))
