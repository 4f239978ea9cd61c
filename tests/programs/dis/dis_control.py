import dis
def branches(x):
    if x > 0:
        return "pos"
    elif x < 0:
        return "neg"
    return "zero"
def loops(n):
    total = 0
    for i in range(n):
        if i % 2:
            continue
        total += i
    while total > 10:
        total -= 3
        if total == 11:
            break
    else:
        total = 0
    return total
def boolops(a, b, c):
    return (a and b) or (not c and a is not None) or (a in b)
dis.dis(branches)
dis.dis(loops)
dis.dis(boolops)
