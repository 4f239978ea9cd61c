import asyncio

async def handle(reader, writer):
    peer = writer.get_extra_info("peername")
    print("server: client from", peer[0])
    while True:
        line = await reader.readline()
        if not line:
            break
        print("server got", line)
        writer.write(line.upper())
        await writer.drain()
    print("server: eof, at_eof =", reader.at_eof())
    writer.close()
    await writer.wait_closed()
    print("server: closed")

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print("serving:", server.is_serving())
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for msg in [b"hello\n", b"world\n"]:
        writer.write(msg)
        await writer.drain()
        print("client got", await reader.readline())
    writer.write(b"abc")
    writer.write(b"def\nrest")
    print("client got", await reader.readexactly(7))
    writer.write_eof()
    print("client got", await reader.read())
    print("client at_eof:", reader.at_eof())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print("serving:", server.is_serving())
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as e:
        print("refused:", type(e).__name__)

asyncio.run(main())
