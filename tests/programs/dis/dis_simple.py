import dis
def add(a, b):
    return a + b
def arith(x):
    y = x * 2 - 3
    y += 1
    return -y ** 2 // 5 % 7
def consts():
    return (1, "two", 3.0, None, True, (4, 5), b"x")
dis.dis(add)
dis.dis(arith)
dis.dis(consts)
