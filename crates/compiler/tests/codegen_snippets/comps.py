a = [x for x in range(10)]
b = {x: y for x, y in items if x if y}
c = {x for x in a for y in x}
d = (x for x in a)
e = [(x, y) for x in a for y in [x]]
def f(a):
    return [x + a for x in a]
def g():
    z = 1
    return [lambda: x + z for x in range(3)]
class K:
    v = [x for x in range(3)]
    w = [y for y in v]
async def h():
    return [x async for x in aiter()]
