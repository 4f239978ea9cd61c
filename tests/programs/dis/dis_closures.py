import dis
def outer(x):
    y = 1
    def inner(z):
        nonlocal y
        y += z
        return x + y
    return inner
def lam():
    return lambda a, b=2: a * b
dis.dis(outer)
dis.dis(outer(1))
dis.dis(lam)
