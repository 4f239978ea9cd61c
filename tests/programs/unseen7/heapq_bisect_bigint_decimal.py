import heapq
import bisect
import math
from fractions import Fraction
from decimal import Decimal, getcontext, localcontext, InvalidOperation, DivisionByZero

tasks = [(3, "write"), (1, "plan"), (4, "test"), (1, "alpha"), (2, "code")]
heapq.heapify(tasks)
print(tasks)
print([heapq.heappop(tasks) for _ in range(3)], tasks)
heapq.heappush(tasks, (0, "urgent"))
print(heapq.heappushpop(tasks, (5, "late")), heapq.heapreplace(tasks, (9, "x")), tasks)
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge("ace", "bd", reverse=False)))
grades = [60, 70, 80, 90]
print([("FDCBA"[bisect.bisect(grades, s)]) for s in (33, 60, 75, 99, 90)])
a = [1, 2, 2, 2, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 9))
bisect.insort(a, 3)
bisect.insort_left(a, 2)
print(a, bisect.bisect_left([("a", 1), ("c", 3)], "b", key=lambda t: t[0]))
print(2 ** 200, -(2 ** 64) // 3, (2 ** 64) % -7, divmod(-17, 5), divmod(17, -5), pow(3, 100, 7), pow(3, -1, 7))
big = math.factorial(50)
print(big, big.bit_length(), len(str(big)), str(big)[:10], hex(big)[:12], big.to_bytes(30, "big")[:4])
print(int("ff", 16), int("0b101", 0), int("  42  "), int("1_000"), int.from_bytes(b"\x01\x00", "little"))
print(math.gcd(84, 36, 120), math.lcm(4, 6, 10), math.isqrt(10**20 + 1), math.comb(52, 5), math.perm(5, 2))
print(round(2.5), round(3.5), round(-2.5), round(1234.5678, -2), round(1.23456, 3), round(7, -1), round(15, -1))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), int(-2.7), -7 // 2, -7 % 2, 7.5 // 2, -7.5 % 2)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod(range(1, 10)), math.hypot(3, 4), math.dist((0, 0), (1, 1)))
print(0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), float("nan") == float("nan"), math.inf > 10**400)
print(1e308 * 10, -1e308 * 10, (2 ** 1023) * 2.0 if False else 2.0 ** 1023, math.copysign(1, -0.0))
print((1.5).as_integer_ratio(), (0.1).as_integer_ratio(), (10).as_integer_ratio(), 3.0.is_integer())
print(Fraction(1, 3) + 0.5, Fraction(1, 3) * 3 == 1, Fraction(3, 9).numerator, Fraction("3/4") < 0.8)
print(sum(Fraction(1, n) for n in range(1, 11)), Fraction(math.pi).limit_denominator(1000))
getcontext().prec = 10
print(Decimal(1) / Decimal(3), Decimal("1.10") + Decimal("2.20"), Decimal("10") ** 20, Decimal(2).sqrt())
with localcontext() as ctx:
    ctx.prec = 40
    print(Decimal(2).sqrt(), Decimal(1).exp())
print(Decimal("0.1") * 3 == Decimal("0.3"), Decimal("1.30").normalize(), Decimal("-0"), Decimal("1e3").to_integral())
print(Decimal("7.325").quantize(Decimal(".01")), Decimal(0.1), Decimal("NaN").is_nan(), Decimal("inf") > 10**100)
print(sorted([Decimal("1.5"), 1, Fraction(3, 2), 1.25]), Decimal("3.5") // 1, Decimal("-3.5") % 2, divmod(Decimal(7), 2))
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", e)
try:
    Decimal(1) / 0
except DivisionByZero as e:
    print(type(e).__name__, e)
try:
    1 / 0.0
except ZeroDivisionError as e:
    print(e)
for bad in ("1 // 0", "1 % 0", "2 ** -1 % 0", "int('x')", "int('12', 1)", "math.sqrt(-1)", "math.log(0)", "10 ** 5000.0", "float('abc')", "pow(2, -1, 4)", "int(float('inf'))", "int(float('nan'))", "chr(-1)", "(1).to_bytes(1, 'little', signed=False) and (256).to_bytes(1, 'big')"):
    try:
        print(eval(bad))
    except Exception as e:
        print(f"{bad}: {type(e).__name__}: {e}")
print(int("9" * 50) * int("9" * 50), 10 ** 50 // 7, str(-10**30), (-8) ** (1 / 3))
print(7 .bit_count(), (255).to_bytes(2, "big"), (-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
print(hash(1.0) == hash(1), hash(Fraction(1, 2)) == hash(0.5), hash(Decimal("0.5")) == hash(0.5), hash(-1))
