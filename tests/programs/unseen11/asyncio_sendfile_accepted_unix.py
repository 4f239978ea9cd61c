import asyncio
import os
import socket
import tempfile


class Collect(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.data = b""

    def data_received(self, data):
        self.data += data

    def eof_received(self):
        self.done.set_result(self.data)


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    done = loop.create_future()
    t, p = await loop.connect_accepted_socket(lambda: Collect(done), a)
    b.sendall(b"over socketpair")
    b.shutdown(socket.SHUT_WR)
    print(await done)
    t.close()
    b.close()

    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "data.bin")
        with open(path, "wb") as f:
            f.write(b"0123456789" * 1000)
        srv_done = loop.create_future()
        server = await loop.create_server(lambda: Collect(srv_done), "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        tr, pr = await loop.create_connection(asyncio.Protocol, "127.0.0.1", port)
        with open(path, "rb") as f:
            sent = await loop.sendfile(tr, f, offset=5, count=1000)
        print("sendfile sent", sent)
        tr.write_eof()
        got = await srv_done
        print(len(got), got[:12])
        tr.close()
        server.close()
        await server.wait_closed()

        sock_path = os.path.join(d, "s.sock")
        async def echo(r, w):
            w.write((await r.read()).upper())
            await w.drain()
            w.close()
        userver = await asyncio.start_unix_server(echo, sock_path)
        r, w = await asyncio.open_unix_connection(sock_path)
        w.write(b"unix socket")
        w.write_eof()
        print(await r.read())
        w.close()
        await w.wait_closed()
        userver.close()
        await userver.wait_closed()

    s1, s2 = socket.socketpair()
    s1.setblocking(False)
    s2.setblocking(False)
    await loop.sock_sendall(s1, b"raw")
    print(await loop.sock_recv(s2, 10))
    with tempfile.TemporaryFile() as f:
        f.write(b"file via sock_sendfile")
        f.seek(0)
        n = await loop.sock_sendfile(s1, f)
        print("sock_sendfile", n, await loop.sock_recv(s2, 100))
        for kw in ({"offset": -1}, {"offset": "0"}, {"count": 0}, {"count": 1.5}):
            try:
                await loop.sock_sendfile(s1, f, **kw)
            except (ValueError, TypeError) as e:
                print(type(e).__name__, e)
    with tempfile.TemporaryFile("w") as tf:
        try:
            await loop.sock_sendfile(s1, tf)
        except ValueError as e:
            print("ValueError:", e)
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        await loop.connect_accepted_socket(asyncio.Protocol, u)
    except ValueError as e:
        print("ValueError:", str(e).split(",")[0])
    try:
        await loop.connect_accepted_socket(asyncio.Protocol, s1, ssl_handshake_timeout=1)
    except ValueError as e:
        print("ValueError:", e)
    u.close()
    s1.close()
    s2.close()
    await loop.shutdown_default_executor()
    print("executor shut down")


asyncio.run(main())
