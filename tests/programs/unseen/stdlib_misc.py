"""Modules a typical script imports: fractions, cmath, datetime, textwrap, string.Template."""
import cmath
import datetime
import string
import textwrap
from fractions import Fraction

f = Fraction(3, 4) + Fraction(1, 6)
print(f, float(f), Fraction("0.125"), Fraction(1.5), f.numerator, f.denominator, Fraction(1, 3) ** 2)
print(Fraction(355, 113).limit_denominator(10), round(Fraction(7, 2)), Fraction(2, 4) == 0.5, repr(Fraction(6, 4)))

z = complex(3, 4)
print(abs(z), z.conjugate(), z * 1j, cmath.sqrt(-1), cmath.phase(-1), cmath.polar(z))
print(cmath.exp(1j * cmath.pi), cmath.rect(2, 0), (1 + 2j) ** 2, complex("1-2j"), cmath.isclose(1j ** 2, -1))

d = datetime.date(2024, 2, 28)
print(d, d + datetime.timedelta(days=2), d.weekday(), d.isoweekday(), d.strftime("%A %d %B %Y"), d.toordinal())
dt = datetime.datetime(2023, 12, 31, 23, 59, 30)
print(dt + datetime.timedelta(seconds=45), dt.isoformat(), dt.strftime("%Y/%m/%d %H:%M:%S %j %a %b %p %I"))
print(datetime.datetime.strptime("2021-07-04 12:30", "%Y-%m-%d %H:%M"), repr(datetime.date(2020, 1, 1)))
delta = datetime.datetime(2024, 3, 1) - datetime.datetime(2023, 3, 1, 6)
print(delta, delta.days, delta.total_seconds(), repr(delta), datetime.timedelta(hours=-1))
print(datetime.date.fromisoformat("2022-10-05"), datetime.time(9, 5, 3), datetime.date(2024, 1, 1) < d)

t = string.Template("$who likes $what, ${who}s pay $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
print(string.ascii_letters, string.digits, string.punctuation, string.capwords("hello big world"))

para = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
print(textwrap.fill(para, width=30))
print(textwrap.wrap(para, 40)[:2])
print(textwrap.shorten(para, width=35, placeholder="..."))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.dedent("""
    def f():
        return 1
"""))
