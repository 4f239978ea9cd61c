# async generators driven by hand
class Pause:
    def __await__(self):
        yield "pause"
async def agen():
    print("agen start")
    try:
        x = yield 1
        print("agen got", x)
        await Pause()
        y = yield 2
        print("agen got", y)
    except KeyError as e:
        print("agen caught", repr(e))
        yield "from except"
    finally:
        print("agen finally")
def drive(aw):
    while True:
        try:
            r = aw.send(None)
            print("  (suspended on", r, ")")
        except StopIteration as e:
            return e.value
        except StopAsyncIteration:
            return "StopAsyncIteration"
g = agen()
print(type(g).__name__, g.__name__, g.ag_running, g.ag_frame is not None)
print(drive(g.__anext__()))
print(drive(g.asend("hello")))
print(drive(g.athrow(KeyError("k"))))
print(drive(g.aclose()))
print(drive(g.__anext__()))
async def simple():
    for i in range(3):
        yield i
async def collect():
    return [v async for v in simple()] + [v * 10 async for v in simple() if v]
print(drive(collect()))
