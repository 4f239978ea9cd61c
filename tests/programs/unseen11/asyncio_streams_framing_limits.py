import asyncio


async def handler(reader, writer):
    # a length-prefixed protocol
    while True:
        try:
            header = await reader.readexactly(4)
        except asyncio.IncompleteReadError as e:
            print("server: connection ended, partial", e.partial)
            break
        size = int.from_bytes(header, "big")
        body = await reader.readexactly(size)
        writer.write(len(body).to_bytes(4, "big") + body[::-1])
        await writer.drain()
    writer.close()


async def send(writer, reader, payload):
    writer.write(len(payload).to_bytes(4, "big") + payload)
    await writer.drain()
    n = int.from_bytes(await reader.readexactly(4), "big")
    return await reader.readexactly(n)


async def main():
    server = await asyncio.start_server(handler, "127.0.0.1", 0, limit=1024)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=16)
    print(await send(writer, reader, b"hello"))
    print(len(await send(writer, reader, b"x" * 100000)))
    writer.write(b"\x00\x00")
    writer.write_eof()
    print(await reader.read(), reader.at_eof())
    writer.close()
    await writer.wait_closed()

    # readline longer than the limit
    async def chatty(r, w):
        w.write(b"a" * 40 + b"\nshort\n")
        await w.drain()
        w.close()
    s2 = await asyncio.start_server(chatty, "127.0.0.1", 0)
    r, w = await asyncio.open_connection("127.0.0.1", s2.sockets[0].getsockname()[1], limit=16)
    try:
        await r.readline()
    except ValueError as e:
        print("ValueError:", e)
    print(await r.readline())
    try:
        await r.readuntil(b"zz")
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError:", e)
    w.close()
    await w.wait_closed()
    # wait_for on a read
    r, w = await asyncio.open_connection("127.0.0.1", port)
    try:
        await asyncio.wait_for(r.read(10), 0.02)
    except TimeoutError:
        print("read timed out")
    print(w.get_extra_info("peername")[0], w.can_write_eof(), w.transport.is_closing())
    w.close()
    print(w.is_closing())
    await w.wait_closed()
    for s in (server, s2):
        s.close()
        await s.wait_closed()
    await asyncio.sleep(0.01)


asyncio.run(main())
