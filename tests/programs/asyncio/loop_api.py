import asyncio

async def add(a, b):
    await asyncio.sleep(0)
    return a + b

loop = asyncio.new_event_loop()
print(repr(loop))
print(loop.run_until_complete(add(1, 2)))
fut = loop.create_future()
loop.call_soon(fut.set_result, "via future")
print(loop.run_until_complete(fut))
t = loop.create_task(add(3, 4), name="adder")
print(t.get_name(), loop.run_until_complete(t))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

async def inner():
    l = asyncio.get_running_loop()
    print("running:", l is loop, l.is_running(), asyncio.get_event_loop() is loop)
    try:
        l.run_until_complete(add(0, 0))
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        asyncio.run(add(0, 0))
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(len(asyncio.all_tasks()), asyncio.current_task().get_name())

loop.run_until_complete(inner())
c = add(1, 1)
try:
    asyncio.run(c, debug=False) if False else loop.run_until_complete(loop.create_task(c))
except Exception as e:
    print(e)
loop.call_soon(loop.stop)
loop.run_forever()
print("stopped")

async def stopper():
    loop.stop()
    await asyncio.sleep(0.01)
try:
    loop.run_until_complete(stopper())
except RuntimeError as e:
    print("RuntimeError:", e)
loop.close()
try:
    loop.run_until_complete(add(1, 1))
except RuntimeError as e:
    print("RuntimeError:", e)
print(asyncio.iscoroutinefunction(add), asyncio.iscoroutinefunction(print))
c = add(1, 2)
print(asyncio.iscoroutine(c), asyncio.iscoroutine(1))
c.close()
print(asyncio.run(add(5, 6)))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError:", e)
