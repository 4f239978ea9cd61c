# StreamReader on its own (fed by hand, no socket): readline/readuntil/readexactly/read at
# the buffer's edges, the limit (LimitOverrunError, readline's ValueError and what it drops),
# EOF in the middle of a line, set_exception, two readers waiting at once, the repr.
import asyncio

async def main():
    r = asyncio.StreamReader(limit=8)
    r.feed_data(b"ab\ncdef\n0123456789xyz\nlast")
    print(repr(r))
    print(await r.readline(), await r.readuntil(b"ef\n"))
    try:
        await r.readline()
    except ValueError as e:
        print("ValueError:", e, "left:", bytes(r._buffer))
    print(await r.read(2), r.at_eof())
    r.feed_data(b"0123456789\n")
    try:
        await r.readuntil(b"!")
    except asyncio.LimitOverrunError as e:
        print("LimitOverrunError:", e, e.consumed)
    print(await r.readexactly(5))
    r.feed_eof()
    print(await r.readline(), await r.readline(), r.at_eof(), repr(r))

    r = asyncio.StreamReader()
    r.feed_data(b"12345")
    r.feed_eof()
    try:
        await r.readexactly(8)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError:", e, e.partial, e.expected)
    try:
        await r.readexactly(-1)
    except ValueError as e:
        print(e)
    try:
        await r.readuntil(b"")
    except ValueError as e:
        print(e)

    r = asyncio.StreamReader()
    t1 = asyncio.create_task(r.read(3))
    await asyncio.sleep(0)
    t2 = asyncio.create_task(r.read(3))
    await asyncio.sleep(0)
    print("second reader:", type(t2.exception()).__name__, t2.exception())
    print("waiting:", "waiter=" in repr(r))
    r.feed_data(b"hello")
    print(await t1, await r.read(10))
    r.feed_data(b"more\nlines\n")
    r.feed_eof()
    print([line async for line in r])

    r = asyncio.StreamReader()
    t = asyncio.create_task(r.readline())
    await asyncio.sleep(0)
    r.set_exception(ConnectionResetError("gone"))
    await asyncio.sleep(0)
    print(type(t.exception()).__name__, r.exception())
    try:
        await r.read(1)
    except ConnectionResetError as e:
        print("read after error:", e)
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print(e)

asyncio.run(main())
