# http.server.SimpleHTTPRequestHandler serving a temporary directory; log_message's format on
# stderr (the date is fixed by overriding log_date_time_string); send_error pages.
import contextlib
import http.client
import http.server
import io
import os
import tempfile
import threading

root = tempfile.mkdtemp()
with open(os.path.join(root, "hello.txt"), "w") as f:
    f.write("hello from a file\n")
with open(os.path.join(root, "page.html"), "w") as f:
    f.write("<p>hi</p>")
os.mkdir(os.path.join(root, "sub"))
with open(os.path.join(root, "sub", "data.json"), "w") as f:
    f.write("{}")
os.mkdir(os.path.join(root, "site"))
with open(os.path.join(root, "site", "index.html"), "w") as f:
    f.write("index page")


class Quiet(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=root, **kwargs)

    def log_date_time_string(self):
        return "07/Dec/2026 12:00:00"

    def address_string(self):
        return "CLIENT"


errors = io.StringIO()
server = http.server.HTTPServer(("127.0.0.1", 0), Quiet)
t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
t.start()


def get(path, method="GET", headers={}):
    c = http.client.HTTPConnection("127.0.0.1", server.server_port)
    c.request(method, path, headers=headers)
    r = c.getresponse()
    body = r.read()
    c.close()
    return r, body


with contextlib.redirect_stderr(errors):
    for path in ["/hello.txt", "/page.html", "/sub/data.json", "/site/", "/nope.txt",
                 "/../hello.txt", "/hello.txt?x=1#frag"]:
        r, body = get(path)
        print(path, r.status, r.reason, r.getheader("Content-Type"),
              r.getheader("Content-Length"), body[:40])
    r, body = get("/sub")
    print("/sub", r.status, r.getheader("Location"), body)
    r, body = get("/sub/")
    print("/sub/", r.status, r.getheader("Content-Type"))
    print([line for line in body.decode().splitlines() if "<li>" in line or "<title>" in line])
    r, body = get("/hello.txt", "HEAD")
    print("HEAD", r.status, r.getheader("Content-Length"), body)
    r, body = get("/hello.txt", "POST")
    print("POST", r.status, r.reason)
    print(r.getheader("Last-Modified") is None, get("/hello.txt")[0].getheader("Last-Modified") is not None)

server.shutdown()
server.server_close()
t.join()
print(errors.getvalue(), end="")

h = http.server.SimpleHTTPRequestHandler
print(h.server_version, h.protocol_version, h.index_pages)
print(http.server.BaseHTTPRequestHandler.server_version,
      http.server.BaseHTTPRequestHandler.default_request_version)
print(http.server.DEFAULT_ERROR_CONTENT_TYPE)
print(http.server.BaseHTTPRequestHandler.date_time_string(None, 0))
print(http.server.BaseHTTPRequestHandler.monthname[12], http.server.BaseHTTPRequestHandler.weekdayname[0])
import shutil
shutil.rmtree(root)
print(os.path.exists(root))
