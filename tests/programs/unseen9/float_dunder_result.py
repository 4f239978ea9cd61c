# float(x) checks what x.__float__() returns as PyNumber_Float does: a float subclass
# instance is accepted with a DeprecationWarning (even `return self`), anything else is a
# TypeError naming both types.
import math
import warnings


class Half(float):
    def __new__(cls, value=0.0):
        return float.__new__(cls, value / 2)

    def __float__(self):
        return self


class ReturnsInt(float):
    def __float__(self):
        return 42


class ReturnsStr:
    def __float__(self):
        return "1.5"


class Sub(float):
    pass


class ReturnsSub:
    def __float__(self):
        return Sub(2.5)


class StrFloat(str):
    def __float__(self):
        return float(str(self)) + 1


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(float(Half(21)), type(float(Half(21))).__name__)
    print(float(ReturnsSub()), type(float(ReturnsSub())).__name__)
    print(math.sqrt(ReturnsSub()))
for w in caught:
    print(w.category.__name__, w.message)

for obj in (ReturnsInt(42), ReturnsStr()):
    for f in (float, math.floor, math.sqrt):
        try:
            f(obj)
        except TypeError as e:
            print(f.__name__, "TypeError:", e)
print(float(StrFloat("8")))
