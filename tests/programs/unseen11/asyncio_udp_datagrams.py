import asyncio
import socket


class EchoServer(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport
        print("server ready:", type(transport).__name__)

    def datagram_received(self, data, addr):
        print("server got", data, "from a client:", addr[0])
        self.transport.sendto(data.upper(), addr)

    def connection_lost(self, exc):
        print("server lost", exc)


class Client(asyncio.DatagramProtocol):
    def __init__(self, name):
        self.name = name
        self.replies = asyncio.Queue()
        self.errors = []

    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        self.replies.put_nowait(data)

    def error_received(self, exc):
        print(self.name, "error_received:", type(exc).__name__)
        self.errors.append(exc)
        self.replies.put_nowait(None)

    def connection_lost(self, exc):
        print(self.name, "lost", exc)


async def main():
    loop = asyncio.get_running_loop()
    st, sp = await loop.create_datagram_endpoint(EchoServer, local_addr=("127.0.0.1", 0))
    addr = st.get_extra_info("sockname")
    print("peername of server:", st.get_extra_info("peername"))

    # a connected client: sendto() without an address
    ct, cp = await loop.create_datagram_endpoint(lambda: Client("c1"), remote_addr=addr)
    print("connected to server:", ct.get_extra_info("peername") == addr)
    for word in (b"alpha", b"beta"):
        ct.sendto(word)
        print("c1 reply:", await cp.replies.get())
    try:
        ct.sendto(b"x", ("127.0.0.1", 1))
    except ValueError as e:
        print("ValueError:", str(e).split(" or ")[0])
    try:
        ct.sendto("text")
    except TypeError as e:
        print("TypeError:", e)
    ct.sendto(b"")
    print("buffer:", ct.get_write_buffer_size(), ct.is_closing())

    # an unconnected client names the address each time
    ut, up = await loop.create_datagram_endpoint(lambda: Client("c2"), local_addr=("127.0.0.1", 0))
    ut.sendto(b"gamma", addr)
    print("c2 reply:", await up.replies.get())

    # several clients at once
    clients = []
    for i in range(3):
        t, p = await loop.create_datagram_endpoint(lambda i=i: Client(f"m{i}"), remote_addr=addr)
        clients.append((t, p))
        t.sendto(f"msg{i}".encode())
    print("multi:", [await p.replies.get() for t, p in clients])
    for t, p in clients:
        t.close()
    await asyncio.sleep(0)

    # a port nobody listens on: the ICMP error arrives as error_received
    dead = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    dead.bind(("127.0.0.1", 0))
    dead_addr = dead.getsockname()
    dead.close()
    rt, rp = await loop.create_datagram_endpoint(lambda: Client("c3"), remote_addr=dead_addr)
    rt.sendto(b"anyone?")
    print("c3 got:", await rp.replies.get())
    rt.close()

    # an existing socket
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind(("127.0.0.1", 0))
    t, p = await loop.create_datagram_endpoint(lambda: Client("c4"), sock=s)
    t.sendto(b"delta", addr)
    print("c4 reply:", await p.replies.get())
    t.close()

    # argument errors
    try:
        await loop.create_datagram_endpoint(asyncio.DatagramProtocol)
    except ValueError as e:
        print("ValueError:", e)
    tcp = socket.socket()
    try:
        await loop.create_datagram_endpoint(asyncio.DatagramProtocol, sock=tcp)
    except ValueError as e:
        print("ValueError:", str(e).split(",")[0])
    tcp.close()
    s2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        await loop.create_datagram_endpoint(asyncio.DatagramProtocol, sock=s2, local_addr=("127.0.0.1", 0), reuse_port=True)
    except ValueError as e:
        print("ValueError:", e)
    s2.close()
    try:
        await loop.create_datagram_endpoint(asyncio.DatagramProtocol, local_addr="127.0.0.1")
    except TypeError as e:
        print("TypeError:", e)

    # low-level socket coroutines
    a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    a.setblocking(False)
    a.bind(("127.0.0.1", 0))
    b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    b.setblocking(False)
    reader = asyncio.create_task(loop.sock_recvfrom(a, 100))
    await asyncio.sleep(0)
    print("sent:", await loop.sock_sendto(b, b"raw datagram", a.getsockname()))
    data, frm = await reader
    print("sock_recvfrom:", data, frm == b.getsockname())
    await loop.sock_sendto(b, b"into", a.getsockname())
    buf = bytearray(10)
    n, frm = await loop.sock_recvfrom_into(a, buf)
    print("sock_recvfrom_into:", n, bytes(buf[:n]))
    a.close()
    b.close()

    ct.close()
    ut.close()
    st.close()
    print("closing:", st.is_closing())
    await asyncio.sleep(0)
    print("done")


asyncio.run(main())
