import asyncio
import os


class Collector(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done
        self.chunks = {1: b"", 2: b""}
        self.events = []

    def connection_made(self, transport):
        print("connection_made", type(transport).__name__)
        self.transport = transport

    def pipe_data_received(self, fd, data):
        self.chunks[fd] += data

    def pipe_connection_lost(self, fd, exc):
        self.events.append(("pipe_lost", fd, exc))

    def process_exited(self):
        self.events.append(("exited", self.transport.get_returncode()))

    def connection_lost(self, exc):
        print("connection_lost", exc)
        self.done.set_result(None)


class Reader(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.data = b""

    def connection_made(self, transport):
        print("pipe connected", transport.is_closing())

    def data_received(self, data):
        self.data += data

    def eof_received(self):
        print("eof_received")

    def connection_lost(self, exc):
        print("pipe lost", exc, self.data)
        self.done.set_result(None)


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    transport, proto = await loop.subprocess_exec(
        lambda: Collector(done), "sh", "-c", "echo to-out; echo to-err >&2; exit 4")
    print("pid ok:", transport.get_pid() > 0)
    print("pipes:", [type(transport.get_pipe_transport(fd)).__name__ for fd in (0, 1, 2, 3)])
    await done
    print(proto.chunks)
    print(sorted(proto.events, key=str))
    print("returncode:", transport.get_returncode(), transport.is_closing())
    transport.close()

    done = loop.create_future()
    transport, proto = await loop.subprocess_shell(
        lambda: Collector(done), "cat", stdout=asyncio.subprocess.PIPE, stderr=None)
    stdin = transport.get_pipe_transport(0)
    stdin.write(b"fed ")
    stdin.writelines([b"through ", b"stdin"])
    print("can_write_eof:", stdin.can_write_eof(), stdin.get_write_buffer_size())
    stdin.write_eof()
    await done
    print(proto.chunks[1], transport.get_returncode())
    transport.close()

    # connect_read_pipe / connect_write_pipe on an os.pipe()
    r, w = os.pipe()
    rfile = os.fdopen(r, "rb", 0)
    wfile = os.fdopen(w, "wb", 0)
    done = loop.create_future()
    rt, rp = await loop.connect_read_pipe(lambda: Reader(done), rfile)
    wt, wp = await loop.connect_write_pipe(asyncio.BaseProtocol, wfile)
    wt.write(b"through a pipe")
    await asyncio.sleep(0.01)
    print("reading:", rt.is_reading(), wt.get_extra_info("pipe") is wfile)
    wt.close()
    await done
    print("closed:", rfile.closed, wfile.closed)


asyncio.run(main())
