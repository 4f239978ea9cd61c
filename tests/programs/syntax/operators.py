# operator precedence, chained comparisons, short circuits, identity
print(2 + 3 * 4 ** 2 / 8 - 1, (2 + 3) * 4, -2 ** 2, (-2) ** 2, 2 ** 3 ** 2, 7 // 2 * 2 + 7 % 2)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0 == True, 3 > 2 != 2, "a" < "b" <= "b")
print(not 1 == 2, not (1 and 0), 1 if 0 else 2 if 1 else 3, 1 or 1 / 0, 0 and 1 / 0)
def side(v):
    print("eval", v)
    return v
print(side(1) < side(2) < side(0) < side(3))
print(side(0) and side(1), side(2) or side(3))
a = [1]; b = a; c = [1]
print(a is b, a is c, a == c, a is not c, None is None, 1 in [1, 2], "x" not in "abc")
print(5 & 3 | 2 ^ 1, 1 << 2 + 1, ~5 & 0xF, 10 - 2 - 3, 2 ** -1, 100 / 10 / 5, 17 % 5 % 3)
x = 10
x += x * 2
print(x, -x, +x, abs(-x), not x)
print([1, 2] * 2 + [3], "ab" * 0, [] or "empty", "" and "never")
print(True + 1, 3 * True, divmod(-7, 2), -7 // 2, -7 % 2, 7 % -3)
