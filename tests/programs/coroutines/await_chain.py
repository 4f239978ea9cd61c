# await through several levels of coroutines; exceptions cross the chain both ways
class Pause:
    def __init__(self, tag): self.tag = tag
    def __await__(self):
        got = yield self.tag
        if isinstance(got, Exception):
            raise got
        return got
async def leaf(n):
    v = await Pause(f"leaf{n}")
    return v * n
async def middle():
    total = 0
    for n in range(1, 4):
        total += await leaf(n)
    return total
async def top():
    try:
        return await middle()
    except KeyError as e:
        print("top caught", repr(e))
        return -1
c = top()
print(c.send(None))
print(c.send(10))
print(c.send(20))
try:
    c.send(30)
except StopIteration as e:
    print("result", e.value)
c2 = top()
print(c2.send(None))
try:
    c2.throw(KeyError("injected"))
except StopIteration as e:
    print("result after throw", e.value)
c3 = top()
c3.send(None)
try:
    c3.send(ValueError("raised inside Pause"))
except ValueError as e:
    print("escaped:", e)
print(c3.cr_frame)
