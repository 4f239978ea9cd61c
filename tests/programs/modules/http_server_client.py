# http.server (HTTPServer, ThreadingHTTPServer, BaseHTTPRequestHandler) with http.client
# (HTTPConnection, HTTPResponse) over loopback; the port is never printed.
import http.client
import http.server
import io
import json
import sys
import threading
from http import HTTPStatus

logged = []


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):
        logged.append(format % args)

    def do_GET(self):
        if self.path == "/missing":
            self.send_error(HTTPStatus.NOT_FOUND, "Nothing here")
            return
        if self.path == "/chunked":
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for piece in (b"first ", b"second ", b"third"):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
            self.wfile.write(b"0\r\n\r\n")
            return
        body = json.dumps({"path": self.path, "command": self.command,
                           "version": self.request_version,
                           "agent": self.headers.get("X-Agent"),
                           "host_given": "Host" in self.headers}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Set-Thing", "a")
        self.send_header("Set-Thing", "b")
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        n = int(self.headers["Content-Length"])
        data = self.rfile.read(n)
        body = b"got " + data[::-1]
        self.send_response(201, "Made")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_HEAD(self):
        self.send_response(204)
        self.end_headers()


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(type(server).__mro__[1].__name__, server.daemon_threads, server.allow_reuse_address)
print(server.server_port == server.server_address[1])
t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
t.start()

host, port = server.server_address
conn = http.client.HTTPConnection(host, port)
conn.request("GET", "/hello?x=1", headers={"X-Agent": "test"})
r = conn.getresponse()
print(r.status, r.reason, r.version, type(r).__name__, r.closed)
print(r.getheader("Content-Type"), r.getheader("set-thing"), r.getheader("nope", "dflt"))
print(r.headers.get_all("Set-Thing"), isinstance(r.headers, http.client.HTTPMessage))
print(sorted(k for k, v in r.getheaders() if k not in ("Date",)))
print(r.headers["Server"].startswith("BaseHTTP/0.6 Python/"))
print(json.loads(r.read()))
print(r.isclosed(), r.read())

# the same connection again (HTTP/1.1 keeps it open)
conn.request("POST", "/echo", body=b"abcdef")
r = conn.getresponse()
print(r.status, r.reason, r.read(3), r.read())

conn.request("GET", "/missing")
r = conn.getresponse()
print(r.status, r.reason, r.getheader("Content-Type"), r.getheader("Connection"))
body = r.read().decode()
print([line.strip() for line in body.splitlines() if "Error code" in line or "Message" in line])
conn.close()

conn = http.client.HTTPConnection("%s:%d" % (host, port))
print(conn.host, conn.port == port)
conn.request("GET", "/chunked")
r = conn.getresponse()
print(r.status, r.chunked, r.read())
conn.request("HEAD", "/")
r = conn.getresponse()
print(r.status, r.reason, r.read(), r.length)

conn.request("PUT", "/x", body="text body")
r = conn.getresponse()
print(r.status, r.reason, r.getheader("Content-Type"))
r.read()
conn.close()

# state errors
c2 = http.client.HTTPConnection(host, port)
try:
    c2.getresponse()
except http.client.ResponseNotReady as e:
    print("ResponseNotReady", e)
c2.putrequest("GET", "/")
try:
    c2.putrequest("GET", "/")
except http.client.CannotSendRequest as e:
    print("CannotSendRequest", e)
c2.putheader("X-Agent", "manual")
c2.endheaders()
r = c2.getresponse()
print(json.loads(r.read())["agent"])
c2.close()

# a raw HTTP/1.0 request and a bad request
import socket
s = socket.create_connection((host, port))
s.sendall(b"GARBAGE\r\n\r\n")
print(s.makefile("rb").readline())
s.close()
s = socket.create_connection((host, port))
s.sendall(b"BREW /pot HTTP/1.0\r\n\r\n")
print(s.makefile("rb").readline())
s.close()

server.shutdown()
server.server_close()
t.join()
for line in logged:
    print("log:", line)

print(http.client.responses[404], http.client.OK, http.client.NOT_FOUND)
print(http.server.BaseHTTPRequestHandler.responses[HTTPStatus.IM_A_TEAPOT])
try:
    http.client.HTTPConnection("host:port")
except http.client.InvalidURL as e:
    print("InvalidURL", e)
print(repr(http.client.IncompleteRead(b"abc", 5)))
print(issubclass(http.client.RemoteDisconnected, ConnectionResetError))
