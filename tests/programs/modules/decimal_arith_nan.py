# Decimal arithmetic on random operands (huge and tiny exponents, infinities, NaNs with
# payloads, sNaN) at random precisions and rounding modes: results, subnormal/clamped
# results, the flags raised, hashes; then NaN and infinity rules of // % divmod compare
# max min and comparisons.
from decimal import *
import random
random.seed(3)
def rnd():
    k = random.random()
    if k < 0.1:
        return random.choice(["0", "-0", "Infinity", "-Infinity", "NaN", "1E+40", "1E-40", "0E-10", "1.5E+8"])
    digits = str(random.randint(0, 10 ** random.randint(1, 40)))
    exp = random.randint(-40, 30)
    return ("-" if random.random() < 0.4 else "") + digits + "E" + str(exp)
def show(f):
    try:
        r = f()
    except Exception as e:
        return type(e).__name__
    return str(r)
modes = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]
for i in range(150):
    a, b = Decimal(rnd()), Decimal(rnd())
    with localcontext() as c:
        c.prec = random.choice([1, 3, 7, 16, 28, 50])
        c.rounding = random.choice(modes)
        c.traps[Inexact] = False
        res = [show(lambda: a + b), show(lambda: a - b), show(lambda: a * b), show(lambda: a / b), show(lambda: a // b), show(lambda: a % b), show(lambda: divmod(a, b)), show(lambda: a.compare(b)), show(lambda: a.max(b)), show(lambda: a.min(b)), show(lambda: a.sqrt()), show(lambda: a.quantize(b)), show(lambda: +a), show(lambda: a.to_integral_value()), show(lambda: a.normalize()), show(lambda: a ** 3), show(lambda: a.fma(b, a)), show(lambda: a < b), show(lambda: a == b), show(lambda: hash(a) if not a.is_nan() else 0)]
        print(c.prec, c.rounding, a, b, *res, sorted(k.__name__ for k, v in c.flags.items() if v))

def show2(f):
    try:
        return str(f())
    except Exception as e:
        return type(e).__name__
c = getcontext()
for x in ["NaN", "-NaN123", "sNaN", "5", "Infinity", "-Infinity", "0"]:
    for y in ["NaN", "sNaN", "5", "Infinity", "0", "-NaN7"]:
        a, b = Decimal(x), Decimal(y)
        c.clear_flags()
        print(x, y, show2(lambda: a // b), show2(lambda: a % b), show2(lambda: divmod(a, b)), show2(lambda: a.compare(b)), show2(lambda: a.max(b)), show2(lambda: a.min(b)), show2(lambda: a < b), show2(lambda: a == b), show2(lambda: a != b), sorted(k.__name__ for k, v in c.flags.items() if v))
