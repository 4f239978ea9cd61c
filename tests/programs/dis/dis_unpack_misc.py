import dis
def unpack(seq):
    a, b = seq
    c, *d = seq
    (e, f), g = seq
    x = y = 0
    del a
    return c if x else d
def chained(a, b, c):
    return a < b < c
def walrus(data):
    if (n := len(data)) > 3:
        return n
def slices(a):
    a[1:2] = [0]
    del a[::2]
    return a[:-1]
dis.dis(unpack)
dis.dis(chained)
dis.dis(walrus)
dis.dis(slices)
