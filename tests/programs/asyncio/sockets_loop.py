# Real I/O under the loop: socketpair + add_reader, the sock_* coroutines over TCP on
# loopback, several clients served concurrently, and socket errors as OSError subclasses.
import asyncio
import socket

async def reader_callbacks():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    got = loop.create_future()

    def on_readable():
        data = a.recv(100)
        print("readable:", data)
        loop.remove_reader(a.fileno())
        got.set_result(data)

    loop.add_reader(a.fileno(), on_readable)
    loop.call_soon(b.send, b"ping")
    print("awaiting reader")
    print("result:", await got)
    try:
        a.recv(100)
    except BlockingIOError as e:
        print("nothing more:", type(e).__name__, e.errno)
    a.close()
    b.close()

async def serve_one(loop, conn, n):
    data = await loop.sock_recv(conn, 100)
    await asyncio.sleep(0.01 * (3 - n))
    await loop.sock_sendall(conn, data.upper())
    conn.close()

async def tcp_sock_api():
    loop = asyncio.get_running_loop()
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", 0))
    srv.listen(8)
    srv.setblocking(False)
    addr = srv.getsockname()
    print("listening on", addr[0], type(addr[1]).__name__)

    async def client(n):
        c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        c.setblocking(False)
        await loop.sock_connect(c, addr)
        await loop.sock_sendall(c, f"client {n}".encode())
        reply = await loop.sock_recv(c, 100)
        c.close()
        return reply

    async def server():
        handlers = []
        for n in range(3):
            conn, peer = await loop.sock_accept(srv)
            print("accepted from", peer[0], "blocking:", conn.getblocking())
            handlers.append(asyncio.create_task(serve_one(loop, conn, n)))
        await asyncio.gather(*handlers)

    replies = await asyncio.gather(server(), *(client(n) for n in range(3)))
    print("replies:", sorted(replies[1:]))
    srv.close()
    print("closed fileno:", srv.fileno())

def errors():
    s = socket.socket()
    try:
        s.connect(("127.0.0.1", 1))
    except ConnectionRefusedError as e:
        print("connect:", type(e).__name__, e.errno, e.strerror)
    s.close()
    e = OSError(111, "made by hand")
    print("OSError(111, ...) is", type(e).__name__, isinstance(e, ConnectionError))
    e = OSError(11, "again")
    print("OSError(11, ...) is", type(e).__name__)
    print("subclass kept:", type(BlockingIOError(111, "x")).__name__)

asyncio.run(reader_callbacks())
asyncio.run(tcp_sock_api())
errors()
