s = "py" + "dive"
print(s)
print(len(s))
print(s * 2)
print(s[0], s[-1], s[1:3])
print(s.upper())
print("dive" in s)
