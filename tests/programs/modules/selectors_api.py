# selectors: keys, map, register/modify/unregister errors, close, context manager
import selectors
import socket

print(selectors.EVENT_READ, selectors.EVENT_WRITE)
print(selectors.SelectorKey._fields)
print(selectors.DefaultSelector.__name__)
a, b = socket.socketpair()
with selectors.DefaultSelector() as sel:
    k = sel.register(a, selectors.EVENT_READ, data="first")
    print(k.fd == a.fileno(), k.events, k.data, k.fileobj is a)
    print(len(sel.get_map()), sel.get_key(a) == k, a.fileno() in sel.get_map())
    print(sel.get_map()[a.fileno()].data)
    for bad in (0, 4, -1):
        try:
            sel.register(b, bad)
        except ValueError as e:
            print("ValueError", e)
    try:
        sel.register(a, selectors.EVENT_WRITE)
    except KeyError as e:
        print("KeyError", "already registered" in str(e))
    try:
        sel.get_key(b)
    except KeyError as e:
        print("KeyError", "is not registered" in str(e))
    try:
        sel.unregister(b)
    except KeyError as e:
        print("KeyError unregister", "is not registered" in str(e))
    try:
        sel.register("nope", selectors.EVENT_READ)
    except ValueError as e:
        print("ValueError", e)
    try:
        sel.register(-5, selectors.EVENT_READ)
    except ValueError as e:
        print("ValueError", e)
    k2 = sel.modify(a, selectors.EVENT_READ, data="second")
    print(k2.data, k2.events, sel.get_key(a).data)
    k3 = sel.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE, data="third")
    print(k3.events, k3.data)
    print(sorted((key.data, ev) for key, ev in sel.select(0)))
    b.send(b"x")
    print(sorted((key.data, ev) for key, ev in sel.select(1)))
    sel.modify(a, selectors.EVENT_READ, "fourth")
    print(sorted((key.data, ev) for key, ev in sel.select(1)))
    print(sel.unregister(a).data, len(sel.get_map()))
    print(sel.select(0))
    sel.register(b.fileno(), selectors.EVENT_WRITE)
    print([(key.fileobj == b.fileno(), ev) for key, ev in sel.select(None)])
print(sel.get_map())
try:
    sel.get_key(a)
except RuntimeError as e:
    print("RuntimeError", e)
a.close()
b.close()
print(issubclass(selectors.EpollSelector, selectors.BaseSelector))
try:
    selectors.BaseSelector()
except TypeError as e:
    print("TypeError", str(e).split(" with")[0])
