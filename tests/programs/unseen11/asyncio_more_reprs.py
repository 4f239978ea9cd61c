import asyncio
import sys


async def main():
    loop = asyncio.get_running_loop()
    print(repr(loop))
    print(type(asyncio.get_event_loop_policy()).__name__)
    h = loop.call_later(5, print)
    print(repr(h).split(" when=")[0], h.cancelled())
    h.cancel()
    print(repr(h).split(" when=")[0])
    srv = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    print(repr(srv).split(" sockets=")[0])
    srv.close()
    await srv.wait_closed()
    r = asyncio.StreamReader()
    print(repr(r))
    r.feed_data(b"abc")
    print(repr(r))
    r.feed_eof()
    print(repr(r))
    r2 = asyncio.StreamReader(limit=10)
    print(repr(r2))
    print(repr(asyncio.Queue(5)).split(" at ")[0], repr(asyncio.LifoQueue()).split(" at ")[0])
    print(repr(asyncio.Runner()).split(" at ")[0] if " at " in repr(asyncio.Runner()) else "runner")
    fut = loop.create_future()
    fut.add_done_callback(lambda f: None)
    print(repr(fut).split("cb=[")[0])
    print(asyncio.Future.__repr__ is not object.__repr__)


asyncio.run(main())
print(repr(asyncio.new_event_loop()))
