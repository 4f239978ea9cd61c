import asyncio

async def handle(reader, writer):
    peer = writer.get_extra_info("peername")
    print("server: connection", type(peer).__name__)
    while True:
        line = await reader.readline()
        if not line:
            break
        cmd = line.decode().strip()
        print("server got", repr(cmd))
        if cmd == "quit":
            writer.write(b"bye\n")
            break
        elif cmd.startswith("len "):
            writer.write(str(len(cmd) - 4).encode() + b"\n")
        else:
            writer.write(cmd.upper().encode() + b"\n")
        await writer.drain()
    writer.close()
    await writer.wait_closed()
    print("server: closed")

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print(server.is_serving(), type(server).__name__)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for msg in ["hello", "len abcdef", "mixed Case"]:
        writer.write(msg.encode() + b"\n")
        await writer.drain()
        print("client got", await reader.readline())
    writer.write(b"quit\n")
    print(await reader.readuntil(b"\n"))
    print(await reader.read())
    print(reader.at_eof())
    writer.close()
    await writer.wait_closed()
    print(writer.is_closing())

    async def short(reader, writer):
        writer.write(b"12345")
        await writer.drain()
        writer.close()
    server2 = await asyncio.start_server(short, "127.0.0.1", 0)
    port2 = server2.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection("127.0.0.1", port2)
    print(await r.readexactly(3))
    try:
        await r.readexactly(5)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError", e.partial, e.expected, str(e))
    w.close()
    await w.wait_closed()
    r, w = await asyncio.open_connection("127.0.0.1", port2)
    try:
        await r.readuntil(b"\n")
    except asyncio.IncompleteReadError as e:
        print("readuntil", repr(e))
    w.close()
    await w.wait_closed()
    server2.close()
    await server2.wait_closed()
    server.close()
    await server.wait_closed()
    print(server.is_serving())
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as e:
        print("refused", e.errno)
    sr = asyncio.StreamReader()
    sr.feed_data(b"abc\ndef")
    sr.feed_eof()
    print(await sr.readline(), await sr.readline(), await sr.readline())
    sr = asyncio.StreamReader(limit=4)
    sr.feed_data(b"abcdefgh\n")
    try:
        await sr.readline()
    except ValueError as e:
        print("ValueError", e)

asyncio.run(main())
