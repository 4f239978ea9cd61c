# socket.makefile (binary/text, buffered/unbuffered), settimeout / TimeoutError, close() while
# a makefile file is open, create_connection(timeout=...) and urlopen(timeout=...).
import io
import socket
import threading

a, b = socket.socketpair()
print(a.gettimeout(), a.getblocking())
a.settimeout(0.05)
print(a.gettimeout(), a.getblocking())
try:
    a.recv(10)
except TimeoutError as e:
    print("TimeoutError", e, isinstance(e, OSError), socket.timeout is TimeoutError)
b.sendall(b"line one\nline two\npartial")
r = a.makefile("rb")
print(type(r).__name__ != "", isinstance(r, io.BufferedIOBase), r.readable(), r.writable())
print(r.readline(), r.read(4), r.readline(3), r.readline())
try:
    r.read(100)
except TimeoutError as e:
    print("read timed out:", e)
r.close()
a.settimeout(None)
print(a.gettimeout())

w = b.makefile("wb")
w.write(b"buffered ")
w.write(b"write\n")
w.flush()
print(a.recv(100))
w.close()

tw = b.makefile("w", encoding="utf-8")
tw.write("text mode é\n")
tw.flush()
tr = a.makefile("r", encoding="utf-8")
print(repr(tr.readline()))
tr.close()
tw.close()

raw = a.makefile("rb", buffering=0)
b.sendall(b"raw bytes")
print(raw.read(3), raw.readinto(bytearray(4)))
raw.close()
try:
    a.makefile("r", buffering=0)
except ValueError as e:
    print("ValueError", e)
try:
    a.makefile("rx")
except ValueError as e:
    print("ValueError", e)

# the socket stays open while a file made from it is open
f = a.makefile("rb")
a.close()
print(a.fileno() != -1)
b.sendall(b"still readable\n")
print(f.readline())
f.close()
print(a.fileno())
b.close()

# a server thread and a client with a timeout in the same process
srv = socket.create_server(("127.0.0.1", 0))


def serve():
    conn, _ = srv.accept()
    with conn, conn.makefile("rwb") as f:
        for line in f:
            f.write(line.upper())
            f.flush()


t = threading.Thread(target=serve)
t.start()
c = socket.create_connection(srv.getsockname(), timeout=5)
print(c.gettimeout())
cf = c.makefile("rwb")
for word in (b"alpha\n", b"beta\n"):
    cf.write(word)
    cf.flush()
    print(cf.readline())
cf.close()
c.close()
t.join()
srv.close()
