import asyncio


class EchoServer(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        print("server: connection made", type(transport).__name__ != "")

    def data_received(self, data):
        print("server: received", data)
        self.transport.write(data[::-1])
        if data == b"close":
            self.transport.close()

    def eof_received(self):
        print("server: eof")
        return False

    def connection_lost(self, exc):
        print("server: connection lost", exc)


class Client(asyncio.Protocol):
    def __init__(self, messages, done):
        self.messages = messages
        self.done = done
        self.got = []

    def connection_made(self, transport):
        self.transport = transport
        transport.write(self.messages.pop(0))

    def data_received(self, data):
        print("client: received", data)
        self.got.append(data)
        if self.messages:
            self.transport.write(self.messages.pop(0))

    def connection_lost(self, exc):
        print("client: lost", exc)
        self.done.set_result(self.got)


class Udp(asyncio.DatagramProtocol):
    def __init__(self, name):
        self.name = name
        self.received = asyncio.Queue()

    def datagram_received(self, data, addr):
        print(self.name, "datagram", data)
        self.received.put_nowait(data)
        if self.name == "server":
            self.transport.sendto(data.upper(), addr)

    def connection_made(self, transport):
        self.transport = transport

    def error_received(self, exc):
        print(self.name, "error", exc)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(EchoServer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    done = loop.create_future()
    transport, proto = await loop.create_connection(
        lambda: Client([b"abc", b"hello", b"close"], done), "127.0.0.1", port)
    print("result:", await done)
    print("transport closing:", transport.is_closing())
    server.close()
    await server.wait_closed()
    print("server closed")

    st, sp = await loop.create_datagram_endpoint(lambda: Udp("server"), local_addr=("127.0.0.1", 0))
    addr = st.get_extra_info("sockname")
    ct, cp = await loop.create_datagram_endpoint(lambda: Udp("client"), remote_addr=addr)
    ct.sendto(b"ping")
    print("client got back:", await cp.received.get())
    ct.sendto(b"second")
    print("client got back:", await cp.received.get())
    ct.close()
    st.close()
    await asyncio.sleep(0)

    # connection refused
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as e:
        print("refused:", type(e).__name__, e.errno)
    except OSError as e:
        print("OSError:", type(e).__name__, e)


asyncio.run(main())
