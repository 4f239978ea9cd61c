# unbounded ints
a = 2 ** 100
b = 3 ** 70
print(a)
print(b)
print(a * b)
print(a + b, a - b, b - a)
print(a // 7, a % 7, -a // 7, -a % 7)
print(divmod(b, a))
print(a >> 50, a << 20, a & (b - 1), a | 12345, a ^ b)
print(hex(a), oct(b), bin(2 ** 70 + 5))
fact = 1
for i in range(1, 41):
    fact *= i
print("40! =", fact)
print(len(str(2 ** 1000)), str(2 ** 1000)[:20], sum(int(d) for d in str(2 ** 1000)))
fib = [0, 1]
for _ in range(150):
    fib.append(fib[-1] + fib[-2])
print(fib[-1], fib[-1] % 1000000007)
print(pow(7, 10**5, 10**9 + 7), pow(12345678901234567890, 3))
print(-(2 ** 64), abs(-(2 ** 64)), (2 ** 64).bit_length())
print(int("9" * 50) + 1)
print(10 ** 40 == 10 ** 40, 10 ** 40 < 10 ** 41, hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 70)))
print(float(2 ** 80), 2 ** 80 / 2 ** 70, (2 ** 100) / 3)
