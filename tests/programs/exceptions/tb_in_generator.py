# uncaught: frames of generators and coroutines in the traceback
def numbers():
    yield 1
    yield int("two")
def consume():
    return [n * 2 for n in numbers()]
async def coro():
    return consume()
c = coro()
c.send(None)
