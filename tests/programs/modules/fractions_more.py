# fractions: parsing, arithmetic with ints/floats, hashing, rounding, numbers ABCs
from fractions import Fraction as F
import numbers
print(F(1,3), F("3/9"), F("-1.25e1"), F(" 7 "), F("1_000/3"), F(0.1), F(3.14159).limit_denominator(100))
print(F(1,3)+1, 1+F(1,3), F(1,3)*0.5, F(7,2)//2, F(7,2)%2, divmod(F(7,2), 2), F(1,2)**-2, 2**F(1,2), F(-3,2)**3)
print(hash(F(1,2)) == hash(0.5), hash(F(3)) == 3, F(1,2) == 0.5, F(1,3) < 0.5, sorted([F(1,2), F(1,3), 0.4]))
print(round(F(5,2)), round(F(7,2)), round(F(1,3), 2), int(F(-7,2)), float(F(1,3)), format(F(1,3), ".3f"), F(1,3).is_integer())
print(isinstance(F(1), numbers.Rational), isinstance(1, numbers.Integral), isinstance(1.0, numbers.Real), isinstance(1j, numbers.Real))
try: F("x")
except ValueError as e: print(e)
try: F(1, 0)
except ZeroDivisionError as e: print(e)
print(sum([F(1,n) for n in range(1,6)]), max(F(1,2), F(2,3)), F(6,-4), repr(F(-1,2)), F(2,4).as_integer_ratio())
