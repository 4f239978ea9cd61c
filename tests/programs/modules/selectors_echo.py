# a tiny callback event loop over selectors and non-blocking loopback sockets
import selectors
import socket

sel = selectors.DefaultSelector()
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", 0))
server.listen()
server.setblocking(False)
port = server.getsockname()[1]
log = []


def accept(sock, mask):
    conn, addr = sock.accept()
    conn.setblocking(False)
    log.append("accepted")
    sel.register(conn, selectors.EVENT_READ, echo)


def echo(conn, mask):
    data = conn.recv(1024)
    if data:
        log.append(("echo", data))
        conn.send(data.upper())
    else:
        log.append("server closing")
        sel.unregister(conn)
        conn.close()


sel.register(server, selectors.EVENT_READ, accept)

clients = []
for i in range(3):
    c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    c.connect(("127.0.0.1", port))
    clients.append(c)

received = {}


def client_read(c, mask):
    data = c.recv(1024)
    if data:
        received[clients.index(c)] = received.get(clients.index(c), b"") + data
    else:
        sel.unregister(c)


sent = False
rounds = 0
while rounds < 200:
    rounds += 1
    for key, mask in sel.select(timeout=1):
        key.data(key.fileobj, mask)
    if not sent and log.count("accepted") == 3:
        for i, c in enumerate(clients):
            c.setblocking(False)
            sel.register(c, selectors.EVENT_READ, client_read)
            c.send(b"hello %d" % i)
        sent = True
    if len(received) == 3 and all(len(v) == 7 for v in received.values()):
        break

print(sorted(received.items()))
print(log.count("accepted"), sorted(x for x in log if isinstance(x, tuple)))
for c in clients:
    sel.unregister(c)
    c.close()
for _ in range(20):
    if log.count("server closing") == 3:
        break
    for key, mask in sel.select(timeout=1):
        key.data(key.fileobj, mask)
print(log.count("server closing"))
sel.unregister(server)
server.close()
print(len(sel.get_map()))
sel.close()

# write readiness and the socketpair ping-pong
a, b = socket.socketpair()
a.setblocking(False)
b.setblocking(False)
with selectors.DefaultSelector() as s:
    s.register(a, selectors.EVENT_WRITE, "a")
    s.register(b, selectors.EVENT_READ, "b")
    count = 0
    while count < 5:
        for key, ev in s.select(1):
            if key.data == "a":
                a.send(b"ping%d" % count)
                s.modify(a, selectors.EVENT_READ, "a-read")
            elif key.data == "b":
                msg = b.recv(100)
                print("b got", msg)
                b.send(b"pong")
                count += 1
            elif key.data == "a-read":
                print("a got", a.recv(100))
                s.modify(a, selectors.EVENT_WRITE, "a")
a.close()
b.close()
