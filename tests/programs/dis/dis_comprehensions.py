import dis
def comps(data):
    a = [x * 2 for x in data if x]
    b = {x: x for x in data}
    c = {x for x in data}
    d = (x for x in data)
    e = [(i, j) for i in data for j in range(i)]
    return a, b, c, d, e
dis.dis(comps)
