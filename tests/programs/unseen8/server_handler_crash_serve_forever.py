import asyncio

async def handler(reader, writer):
    name = (await reader.readline()).decode().strip()
    if name == "crash":
        raise ValueError("handler crashed")
    total = 0
    while chunk := await reader.read(1000):
        total += len(chunk)
    writer.write(f"{name}:{total}\n".encode())
    await writer.drain()
    writer.close()

async def client(port, name, size):
    r, w = await asyncio.open_connection("127.0.0.1", port)
    w.write(name.encode() + b"\n")
    w.write(b"z" * size)
    await w.drain()
    w.write_eof()
    reply = await r.read()
    w.close()
    await w.wait_closed()
    return reply

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(lambda l, c: print("handler:", c["message"], repr(c.get("exception")), sorted(c)))
    server = await asyncio.start_server(handler, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    replies = await asyncio.gather(*(client(port, f"c{i}", 50000 * (i + 1)) for i in range(3)))
    print(replies)
    r, w = await asyncio.open_connection("127.0.0.1", port)
    w.write(b"crash\n")
    await w.drain()
    print(await r.read())
    w.close()
    await w.wait_closed()
    serve = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0.01)
    print(server.is_serving())
    serve.cancel()
    try:
        await serve
    except asyncio.CancelledError:
        print("serve_forever cancelled", server.is_serving())
    await server.wait_closed()
    try:
        await server.start_serving()
    except Exception as e:
        print(type(e).__name__, e)

asyncio.run(main())
