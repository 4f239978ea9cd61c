x = 1.5
y = 0.25
print(x + y)
print(x * y)
print(x / y)
print(7 / 2)
print(x > y)
