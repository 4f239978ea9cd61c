# select.poll: register/modify/unregister, poll with timeouts, the POLL* bits, pipes and
# sockets, POLLHUP/POLLNVAL; selectors.PollSelector.
import os
import select
import selectors
import socket

print([n for n in dir(select) if n.startswith("POLL")])
print(select.POLLIN, select.POLLPRI, select.POLLOUT, select.POLLERR, select.POLLHUP,
      select.POLLNVAL, select.POLLRDNORM, select.POLLWRNORM)

r, w = os.pipe()
names = {r: "r", w: "w"}
p = select.poll()
p.register(r, select.POLLIN)
p.register(w, select.POLLOUT)
def show(events):
    return [(names[fd], ev) for fd, ev in events]


print(show(p.poll(0)))
os.write(w, b"hello")
print(show(p.poll(100)))
p.modify(w, select.POLLIN)
print(show(p.poll(0)))
os.read(r, 5)
print(p.poll(10), p.poll(0.5), p.poll(-0.0))
p.unregister(w)
try:
    p.unregister(w)
except KeyError as e:
    print("KeyError", e.args[0] == w)
try:
    p.modify(w, select.POLLIN)
except OSError as e:
    print(type(e).__name__, e.errno, e)
os.close(w)
print(p.poll(0) == [(r, select.POLLHUP)])
p.register(r)  # default mask, re-register replaces
print(show(p.poll(0)))
os.close(r)
print(show(p.poll(0)))
p.unregister(r)

a, b = socket.socketpair()
p = select.poll()
p.register(a, select.POLLIN | select.POLLOUT)
p.register(b.fileno(), select.POLLIN)
print([(fd == a.fileno(), ev) for fd, ev in p.poll(0)])
b.send(b"x")
print([(fd == a.fileno(), ev) for fd, ev in p.poll(0)])
b.close()
print([(fd == a.fileno(), ev & (select.POLLIN | select.POLLHUP | select.POLLNVAL))
       for fd, ev in p.poll(0)])
a.close()

for bad in [-1, "x", 1.5]:
    try:
        select.poll().register(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    select.poll().poll("x")
except TypeError as e:
    print("TypeError", e)
for m in [-1, 70000, 1 << 70, "x"]:
    try:
        select.poll().register(0, m)
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(select.poll().poll(0))
print(type(select.poll()).__name__)

# selectors.PollSelector
r, w = os.pipe()
sel = selectors.PollSelector()
key = sel.register(r, selectors.EVENT_READ, "reader")
sel.register(w, selectors.EVENT_WRITE, "writer")
print([(k.data, ev) for k, ev in sel.select(0)])
os.write(w, b"data")
print(sorted((k.data, ev) for k, ev in sel.select(0.1)))
sel.modify(w, selectors.EVENT_READ, "writer2")
print([(k.data, ev) for k, ev in sel.select(0)])
sel.unregister(w)
print(len(sel.get_map()), sel.get_key(r).data)
sel.close()
os.close(r)
os.close(w)
