def sign(n):
    if n > 0:
        return "positive"
    elif n < 0:
        return "negative"
    else:
        return "zero"
print(sign(5))
print(sign(-2))
print(sign(0))
print("yes" if 3 > 2 else "no")
print(1 and 2, 0 or 3, not 1)
