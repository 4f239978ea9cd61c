import traceback, sys, inspect
class Timeout(Exception):
    pass
class Wait:
    def __init__(self, what):
        self.what = what
    def __await__(self):
        try:
            result = yield self.what
        except Timeout as t:
            print(f"  Wait({self.what}) interrupted: {t}")
            raise
        return result
async def fetch(name):
    try:
        data = await Wait(f"io:{name}")
        return f"{name}={data}"
    finally:
        print(f"  fetch({name}) cleanup")
async def handler():
    results = []
    for n in ("a", "b", "c"):
        try:
            results.append(await fetch(n))
        except Timeout:
            results.append(f"{n}=timeout")
    return results
c = handler()
print("yielded", c.send(None))
print("state", inspect.getcoroutinestate(c), c.cr_await.__class__.__name__, c.cr_await.cr_await.__class__.__name__)
print("yielded", c.send("DATA-A"))
print("yielded", c.throw(Timeout("too slow")))
try:
    c.send("DATA-C")
except StopIteration as s:
    print("done", s.value)
c2 = handler()
c2.send(None)
try:
    c2.throw(KeyError("boom"))
except KeyError:
    tb = sys.exc_info()[2]
    for fs in traceback.extract_tb(tb):
        print(" ", fs.name, fs.lineno, fs.line)
print(inspect.getcoroutinestate(c2))
c3 = handler()
c3.send(None)
c3.close()
print("closed", inspect.getcoroutinestate(c3))
class BadIter:
    def __await__(self):
        return self
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(7)
async def use_bad():
    return await BadIter()
try:
    use_bad().send(None)
except StopIteration as s:
    print("BadIter value", s.value)
class NotIter:
    def __await__(self):
        return [1, 2]
async def use_notiter():
    await NotIter()
try:
    use_notiter().send(None)
except TypeError as e:
    print("TypeError", e)
async def await_coro_twice():
    async def sub(): return 1
    s = sub()
    await s
    await s
try:
    await_coro_twice().send(None)
except RuntimeError as e:
    print("RuntimeError", e)
