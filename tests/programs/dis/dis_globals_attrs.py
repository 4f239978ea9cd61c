import dis
counter = 0
def g():
    global counter
    counter += 1
    import math
    return math.pi, len, print, obj.attr, obj.meth()
def stores(o, d, k):
    o.a = 1
    d[k] = 2
    del o.a
    del d[k]
    o.b += 1
    d[k] += 1
dis.dis(g)
dis.dis(stores)
