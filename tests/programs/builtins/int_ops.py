# int arithmetic: floor division and modulo signs, powers, shifts, bitwise
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (13, 13), (1, 7)]
for a, b in pairs:
    print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b), a / b)
for a in [0, 1, 5, -5, 12345]:
    print(a, a << 3, a >> 1, a & 6, a | 9, a ^ 3, ~a, -a, +a, abs(a))
print(2 ** 10, 2 ** -1, (-2) ** 3, (-8) ** (1 / 3) if False else "skip", pow(3, 4, 5), pow(2, -1, 7))
print(10 ** 20 // 3, 10 ** 20 % 7, -(10 ** 20) // 3)
print(7 == 7.0, 1 < 2 < 3, 3 > 2 > 2, 5 != 5, (1).__add__(2), (3).__rsub__(10))
print(round(7), round(15, -1), round(25, -1), round(-35, -1), round(123456, -3))
print(max(3, 9, -2), min(3, 9, -2), sum([1, 2, 3], 10))
x = 5
x += 3; print(x)
x -= 10; print(x)
x *= -4; print(x)
x //= 3; print(x)
x %= 5; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x |= 0x10; print(x)
x &= 0x1C; print(x)
x ^= 0xFF; print(x)
print(True + True, True * 10, False - 1, -True)
