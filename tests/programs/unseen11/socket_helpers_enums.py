import socket

for f, a in [(socket.htons, 70000), (socket.htons, -1), (socket.htonl, 2**32), (socket.htonl, -1),
             (socket.inet_aton, "bad"), (socket.inet_ntoa, b"12"), (socket.inet_aton, "1.2.3"),
             (socket.inet_aton, "1"), (socket.inet_aton, "0x7f.1"), (socket.inet_aton, "1.2.3.256"),
             (socket.htons, 1.5), (socket.inet_ntoa, "abcd"), (socket.htons, 1), (socket.ntohl, 1)]:
    try:
        print(f.__name__, repr(f(a)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
for fam, a in [(socket.AF_INET, "x"), (socket.AF_INET, "1.2.3.4"), (socket.AF_INET, "1.2.3"),
               (socket.AF_INET6, "::1"), (socket.AF_INET6, "fe80::1:2"), (socket.AF_INET6, "zz::")]:
    try:
        p = socket.inet_pton(fam, a)
        print("pton", p, socket.inet_ntop(fam, p))
    except OSError as e:
        print("pton", type(e).__name__, e)
print(socket.gethostbyname("localhost"), socket.gethostbyname("127.0.0.1"))
print(socket.AF_INET, repr(socket.AF_INET), repr(socket.SOCK_STREAM), socket.AddressFamily(10))
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(repr(s.family), repr(s.type), s.proto, str(s.family), f"{s.type}")
s.close()
print(socket.getaddrinfo("127.0.0.1", 80, type=socket.SOCK_STREAM))
a, b = socket.socketpair()
print(a.family, repr(a.family), repr(b.type))
a.close(); b.close()
print(socket.getfqdn() == socket.getfqdn(""), type(socket.gethostname()).__name__)
print(isinstance(socket.AF_INET, int), socket.AF_INET == 2, socket.SocketKind.SOCK_DGRAM.name)
