# a generator-based event loop over selectors (the classic "build your own asyncio")
import selectors
import socket
from collections import deque

class Loop:
    def __init__(self):
        self.sel = selectors.DefaultSelector()
        self.ready = deque()
    def spawn(self, gen):
        self.ready.append((gen, None))
    def run(self):
        while self.ready or self.sel.get_map():
            while self.ready:
                gen, val = self.ready.popleft()
                try:
                    op, sock = gen.send(val)
                except StopIteration:
                    continue
                ev = selectors.EVENT_READ if op == "read" else selectors.EVENT_WRITE
                self.sel.register(sock, ev, gen)
            if not self.sel.get_map():
                break
            for key, _ in self.sel.select(timeout=2):
                self.sel.unregister(key.fileobj)
                self.ready.append((key.data, None))

def server(loop, lsock, nclients, log):
    for _ in range(nclients):
        yield "read", lsock
        conn, _ = lsock.accept()
        conn.setblocking(False)
        loop.spawn(handler(conn, log))

def handler(conn, log):
    while True:
        yield "read", conn
        data = conn.recv(100)
        if not data:
            conn.close()
            log.append("closed")
            return
        yield "write", conn
        conn.send(data[::-1])

def client(i, port, log):
    s = socket.socket()
    s.connect(("127.0.0.1", port))
    s.setblocking(False)
    for word in (b"abc", b"hello"):
        yield "write", s
        s.send(word + bytes([48 + i]))
        yield "read", s
        log.append((i, s.recv(100)))
    s.close()

lsock = socket.socket()
lsock.bind(("127.0.0.1", 0))
lsock.listen()
lsock.setblocking(False)
port = lsock.getsockname()[1]
log = []
loop = Loop()
loop.spawn(server(loop, lsock, 3, log))
for i in range(3):
    loop.spawn(client(i, port, log))
loop.run()
lsock.close()
print(sorted(x for x in log if isinstance(x, tuple)))
print(log.count("closed"))
