# socketserver.BaseServer.handle_error's report on stderr
import socket
import socketserver
import io
import contextlib


class Broken(socketserver.BaseRequestHandler):
    def handle(self):
        raise ValueError("handler failed")


with socketserver.TCPServer(("127.0.0.1", 0), Broken) as srv:
    c = socket.create_connection(srv.server_address)
    srv.client_address_shown = None
    orig = srv.handle_error

    def handle_error(request, client_address):
        # the port is not deterministic: show the host only
        orig(request, (client_address[0], "PORT"))
    srv.handle_error = handle_error
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        srv.handle_request()
    # the traceback's frames name library files: show the unindented lines only
    for line in err.getvalue().splitlines():
        if not line.startswith(" "):
            print("stderr:", line)
    print(c.recv(10))
    c.close()
print("done")
