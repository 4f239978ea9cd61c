a = 7
b = 3
print(a + b)
print(a - b)
print(a * b)
print(a // b)
print(a % b)
print(-a)
print(a ** b)
print(a < b, a == b, a > b)
