import asyncio
import socket


async def handle(reader, writer):
    name = (await reader.readline()).decode().strip()
    writer.write(f"hello {name}\n".encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port, name):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(name.encode() + b"\n")
    await writer.drain()
    line = await reader.readline()
    writer.close()
    await writer.wait_closed()
    return line


async def main():
    print(socket.getaddrinfo("127.0.0.1", 80, type=socket.SOCK_STREAM))
    print(socket.getaddrinfo("127.0.0.1", 80))
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    print(len(server.sockets), sorted(s.family.name for s in server.sockets))
    port = server.sockets[0].getsockname()[1]
    task = asyncio.create_task(server.serve_forever())
    print(await asyncio.gather(*(client(port, f"c{i}") for i in range(5))))
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("serve_forever cancelled", server.is_serving())
    await server.wait_closed()
    try:
        async with asyncio.timeout(0.05):
            r, w = await asyncio.open_connection("127.0.0.1", port)
    except OSError as e:
        print(type(e).__name__, e.errno, str(e).split(" (")[0], e.strerror.split(" (")[0])
    print(socket.gethostname() != "", socket.getfqdn() != "")
    print(socket.inet_aton("1.2.3.4"), socket.htons(1), socket.inet_ntoa(b"\x7f\0\0\1"))


asyncio.run(main())
