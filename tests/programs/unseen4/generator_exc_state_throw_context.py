import sys, asyncio
def name():
    e = sys.exception()
    return type(e).__name__ if e else None
def gen():
    print(" gen start sees", name())
    try:
        raise ValueError("in gen")
    except ValueError:
        yield ("in except", name())
        yield ("still", name())
    yield ("after", name())
g = gen()
print(next(g))
print("outside sees", name())
try:
    raise KeyError("outer")
except KeyError:
    print("outer handler sees", name())
    print(next(g))
    print("outer handler after next sees", name())
    print(next(g))
print("end sees", name())
def reraiser():
    try:
        yield
    except Exception:
        yield name()
        raise
r = reraiser(); next(r)
try:
    raise IndexError
except IndexError:
    print(r.throw(TypeError("t")))
    try:
        next(r)
    except TypeError as e:
        print("reraised", repr(e), "context", repr(e.__context__))
async def coro_state():
    try:
        raise OSError("coro")
    except OSError:
        await asyncio.sleep(0)
        return name()
async def other():
    await asyncio.sleep(0)
    return name()
async def main():
    try:
        raise ZeroDivisionError
    except ZeroDivisionError:
        print(await asyncio.gather(coro_state(), other()))
        print("main still sees", name())
asyncio.run(main())
def ctx():
    try:
        yield
    finally:
        print(" finally sees", name())
c = ctx(); next(c)
try:
    raise LookupError
except LookupError:
    c.close()
def implicit_context():
    try:
        raise ValueError("first")
    except ValueError:
        yield
        raise RuntimeError("second")
ic = implicit_context(); next(ic)
try:
    next(ic)
except RuntimeError as e:
    print(repr(e.__context__))
def in_handler():
    try:
        raise ValueError("gen's own")
    except ValueError:
        try:
            yield "suspended in except"
        except TypeError as t:
            yield ("caught", repr(t.__context__))
ih = in_handler()
print(next(ih))
try:
    raise IndexError("resumer's")
except IndexError:
    print(ih.throw(TypeError("thrown")))
def plain_yield():
    yield 1
py = plain_yield(); next(py)
try:
    raise IndexError("resumer's")
except IndexError:
    try:
        py.throw(KeyError("k"))
    except KeyError as e:
        print("propagated context", repr(e.__context__))
