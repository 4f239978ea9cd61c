# "Task exception was never retrieved" is logged when the last reference to the failed task
# goes (no cycle keeps it: the frames that ran its step drop the task before they end).
import asyncio

async def fails(n):
    raise ValueError(f"nobody looks at me {n}")

async def main():
    t = asyncio.create_task(fails(1))
    await asyncio.sleep(0)
    print("task done:", t.done())
    del t
    print("after del")
    t = asyncio.create_task(fails(2))
    await asyncio.sleep(0)
    print(type(t.exception()).__name__)
    del t
    print("retrieved: nothing logged")

asyncio.run(main())
loop = asyncio.new_event_loop()
f = loop.create_future()
f.set_exception(KeyError("k"))
del f
print("end")
loop.close()
