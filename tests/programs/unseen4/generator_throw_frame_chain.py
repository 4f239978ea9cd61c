import sys, traceback
def names():
    f = sys._getframe(1)
    out = []
    while f:
        out.append(f.f_code.co_name)
        f = f.f_back
    return out
def leaf():
    try:
        yield 1
    except KeyError:
        yield names()
    try:
        yield 2
    except ValueError:
        raise RuntimeError("leaf fails")
def mid():
    yield from leaf()
def top():
    yield from mid()
g = top(); next(g)
print("throw chain", g.throw(KeyError))
print("send chain", g.send(None))
print("suspended f_back", g.gi_frame.f_back, g.gi_yieldfrom.gi_frame.f_back)
try:
    g.throw(ValueError)
except RuntimeError:
    print([fs.name for fs in traceback.extract_tb(sys.exc_info()[2])])
def leaf2():
    try:
        yield 1
    finally:
        print("close chain", names())
def mid2():
    yield from leaf2()
g = mid2(); next(g); g.close()
class Awaitable:
    def __await__(self):
        try:
            yield "waiting"
        except KeyError:
            print("awaitable chain", names())
            return "recovered"
async def coro_leaf():
    return await Awaitable()
async def coro_top():
    r = await coro_leaf()
    print("coro_top got", r, names())
c = coro_top()
print(c.send(None))
try:
    c.throw(KeyError)
except StopIteration:
    print("coroutine finished")
