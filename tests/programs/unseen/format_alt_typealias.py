# The '#' alternate form of float presentation types, zero padding with grouping of inf/nan,
# and subscripting / or-ing PEP 695 type aliases.
vals = [0.5, 123456.789, 0.0, 1e20, 5.0, 3.0]
for spec in ["#g", "#.1g", "#.0e", "#.0f", "#.0%", "#.3", "#", "#G", "#10.2g"]:
    print(f"{spec:>6}", [format(v, spec) for v in vals])
print("%#.0f %#g %#.0e %#.1g %#x %#o" % (3, 3, 3, 7, 255, 8))
for v in [float("inf"), float("-inf"), float("nan"), 1234.5]:
    print(format(v, "012,.1f"), format(v, "012_.1f"), format(v, "+012,g"))
print(format(255, "010_x"), format(-12345, "012,d"))

type Pair[T] = tuple[T, T]
type Num = int | float
p = Pair[int]
print(p, type(p).__name__, p.__origin__, p.__args__, Pair[str] == Pair[str])
print(Pair | None, Num | str, int | Num)
try:
    Num[int]
except TypeError as e:
    print("TypeError:", e)
print(Num.__value__, Pair.__type_params__, Num.__name__, Num.__module__)
