import asyncio

async def main():
    r = asyncio.StreamReader(limit=8)
    r.feed_data(b"0123456789abc|rest")
    try:
        await r.readuntil(b"|")
    except asyncio.LimitOverrunError as e:
        print("LimitOverrunError", e.consumed, str(e))
    print(await r.read(5))
    r.feed_data(b"XY")
    r.feed_eof()
    print(await r.read(-1))
    print(repr(await r.read(3)), r.at_eof())
    r = asyncio.StreamReader()
    r.feed_data(b"a;b;;c")
    print(await r.readuntil(b";"), await r.readuntil(b";;"))
    try:
        await r.readuntil(b"")
    except ValueError as e:
        print("ValueError", e)
    r.feed_eof()
    try:
        await r.readexactly(5)
    except asyncio.IncompleteReadError as e:
        print(repr(e), e.partial)
    try:
        r.feed_data(b"after eof")
    except AssertionError as e:
        print("AssertionError", e)
    r = asyncio.StreamReader()
    async def later():
        await asyncio.sleep(0.01)
        r.feed_data(b"line one\nline two\n")
        await asyncio.sleep(0.01)
        r.set_exception(ConnectionResetError("peer reset"))
    t = asyncio.create_task(later())
    print(await r.readline())
    print(await r.readline())
    try:
        await r.readline()
    except ConnectionResetError as e:
        print("ConnectionResetError", e)
    await t
    print(repr(r)[:40])
    r = asyncio.StreamReader()
    r.feed_data(b"x" * 3)
    print(repr(r))
    async def handler(reader, writer):
        data = await reader.read(100)
        writer.write(data * 2)
        writer.write_eof()
        print("server can_write_eof", writer.can_write_eof())
        await writer.drain()
        writer.close()
    srv = await asyncio.start_server(handler, "127.0.0.1", 0)
    host, port = srv.sockets[0].getsockname()
    reader, writer = await asyncio.open_connection(host, port)
    print(writer.get_extra_info("peername") == (host, port), writer.transport.get_write_buffer_size())
    writer.writelines([b"ab", b"cd"])
    writer.write_eof()
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    try:
        writer.write(b"x")
        await writer.drain()
        print("write after close ok")
    except Exception as e:
        print(type(e).__name__, e)
    srv.close()
    await srv.wait_closed()
    print(repr(writer).split()[0])

asyncio.run(main())
