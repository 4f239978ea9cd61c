import asyncio


async def handle(reader, writer):
    peer_ok = writer.get_extra_info("peername") is not None
    print("server: client connected", peer_ok)
    while True:
        line = await reader.readline()
        if not line:
            print("server: EOF")
            break
        cmd = line.decode().strip()
        print("server got:", repr(cmd))
        if cmd == "quit":
            writer.write(b"bye\n")
            await writer.drain()
            break
        writer.write(cmd.upper().encode() + b"\n")
        await writer.drain()
    writer.close()
    await writer.wait_closed()
    print("server: closed handler")


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print("serving:", server.is_serving())
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        for word in ["hello", "world"]:
            writer.write(word.encode() + b"\n")
            await writer.drain()
            print("client got:", await reader.readline())
        writer.write(b"quit\n")
        print("client got:", await reader.readline())
        print("at eof:", await reader.read(), reader.at_eof())
        writer.close()
        await writer.wait_closed()
        print("writer closing:", writer.is_closing())

        # readexactly and IncompleteReadError
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"abc\n")
        data = await reader.readexactly(4)
        print("readexactly:", data)
        writer.write_eof()
        try:
            await reader.readexactly(10)
        except asyncio.IncompleteReadError as e:
            print("incomplete:", e.partial, e.expected, str(e))
        writer.close()
        await writer.wait_closed()

        # readuntil
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.writelines([b"x;", b"y\n"])
        print("readuntil:", await reader.readuntil(b";"))
        print("rest:", await reader.readline())
        writer.write(b"quit\n")
        print(await reader.read(100))
        print(await reader.read(100))
        writer.close()
        await writer.wait_closed()
    print("serving after:", server.is_serving())

    # StreamReader fed by hand
    r = asyncio.StreamReader()
    r.feed_data(b"line1\nline2")
    r.feed_eof()
    print(await r.readline(), await r.readline(), await r.readline(), r.at_eof())
    r = asyncio.StreamReader(limit=5)
    r.feed_data(b"toolongline\n")
    try:
        await r.readline()
    except ValueError as e:
        print("ValueError:", e)
    r = asyncio.StreamReader()
    r.feed_data(b"abc")
    r.feed_eof()
    try:
        await r.readuntil(b"!")
    except asyncio.IncompleteReadError as e:
        print("readuntil incomplete:", e.partial, e.expected)
    r = asyncio.StreamReader(limit=4)
    r.feed_data(b"abcdefgh")
    try:
        await r.readuntil(b"!")
    except asyncio.LimitOverrunError as e:
        print("overrun:", e, e.consumed)
    print("exc:", r.exception())


asyncio.run(main())
