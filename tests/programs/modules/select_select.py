# select.select over sockets, pipes and files; selectors.SelectSelector
import os
import select
import selectors
import socket

a, b = socket.socketpair()
print(select.select([a, b], [], [], 0))
print([s is a for s in select.select([], [a], [], 0)[1]])
b.send(b"ping")
r, w, x = select.select([a, b], [a], [a], 1)
print([s is a for s in r], [s is a for s in w], x)
print(a.recv(10))
c, d = socket.socketpair()
rfd, wfd = c.fileno(), d.fileno()
print(select.select([rfd], [wfd], [], 0) == ([], [wfd], []))
d.send(b"x")
print(select.select([rfd], [], [], None) == ([rfd], [], []))
d.close()
print(select.select([rfd], [], [], 0) == ([rfd], [], []), c.recv(5), c.recv(5))
c.close()
print(select.select([], [], [], 0.01))
for bad in (([object()], [], []), ([-1], [], []), ([a], [], [], -1), ([a], [], [], "1")):
    try:
        select.select(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

with selectors.SelectSelector() as sel:
    sel.register(a, selectors.EVENT_READ, "a")
    sel.register(b, selectors.EVENT_WRITE, "b")
    print(sorted((k.data, ev) for k, ev in sel.select(0)))
    b.send(b"pong")
    print(sorted((k.data, ev) for k, ev in sel.select(1)))
    sel.modify(b, selectors.EVENT_READ | selectors.EVENT_WRITE, "b2")
    print(sorted((k.data, ev) for k, ev in sel.select(1)))
a.close()
b.close()
