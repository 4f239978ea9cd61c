t = (1, "two", 3.0)
a, b, c = t
print(a, b, c)
print(t, len(t), t[1])
x, y = 1, 2
x, y = y, x
print(x, y)
