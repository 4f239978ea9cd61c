# An unnamed AF_UNIX socket (socketpair's) has the address '' and no laddr/raddr in its repr.
import socket

a, b = socket.socketpair()
print(repr(a.getsockname()), repr(a.getpeername()), repr(b.getsockname()))
print('laddr' in repr(a), 'raddr' in repr(b))
a.close()
b.close()
