# A coroutine driven by hand: await is a SEND loop; the awaitable's __await__ generator yields
# to the driver, and send() resumes the whole chain.
class Ready:
    def __await__(self):
        value = yield "suspend"
        return value

async def work():
    v = await Ready()
    return v + 1

c = work()
print(c.send(None))
try:
    c.send(41)
except StopIteration as e:
    print("result", e.value)
