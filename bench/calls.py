# bench: Python-to-Python calls with positional and keyword arguments
def add(a, b):
    return a + b
def kw(a, b=1, *, c=2):
    return a + b + c
def main(n):
    total = 0
    for i in range(n):
        total = add(total, i)
        total = kw(total, c=i & 3)
    return total
print(main(300_000))
