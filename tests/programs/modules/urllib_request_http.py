# urllib.request.urlopen over http:// (a local http.server), Request, HTTPError, URLError
import http.server
import threading
import urllib.error
import urllib.parse
import urllib.request

seen = []


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        seen.append((self.command, self.path, self.headers.get("User-Agent"),
                     self.headers.get("Connection"), self.headers.get("X-Custom")))
        if self.path == "/old":
            self.send_response(302)
            self.send_header("Location", "/new")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.path == "/loop":
            self.send_response(301)
            self.send_header("Location", "/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.path == "/teapot":
            self.send_error(418)
            return
        body = ("you asked for %s" % self.path).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        data = self.rfile.read(int(self.headers["Content-Length"]))
        seen.append((self.command, self.path, self.headers.get("Content-Type"), data))
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data.upper())


server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
t.start()
base = "http://127.0.0.1:%d" % server.server_port


def short(url):
    return url.replace(base, "BASE")


with urllib.request.urlopen(base + "/page") as resp:
    print(resp.status, resp.reason, resp.msg, resp.getcode(), short(resp.geturl()))
    print(resp.headers.get_content_type(), resp.headers.get_content_charset(),
          resp.info()["Content-Length"])
    print(resp.read().decode())

req = urllib.request.Request(base + "/with-headers#frag", headers={"x-custom": "yes"})
print(req.get_method(), req.type, short(req.full_url), req.selector, req.fragment,
      req.has_header("X-custom"), req.header_items())
with urllib.request.urlopen(req) as resp:
    print(resp.read())

data = urllib.parse.urlencode({"a": 1, "b": "two"}).encode()
req = urllib.request.Request(base + "/form", data=data)
print(req.get_method(), req.data)
with urllib.request.urlopen(req) as resp:
    print(resp.read())

with urllib.request.urlopen(base + "/old") as resp:
    print("redirected:", resp.status, short(resp.url), resp.read())

try:
    urllib.request.urlopen(base + "/teapot")
except urllib.error.HTTPError as e:
    print(type(e).__name__, e, repr(e), e.code, e.reason, e.headers["Content-Type"])
    print(isinstance(e, urllib.error.URLError), isinstance(e, OSError), short(e.filename))
    print(b"Error code: 418" in e.read())

try:
    urllib.request.urlopen(base + "/loop")
except urllib.error.HTTPError as e:
    print(e.code, e.reason.splitlines())

server.shutdown()
server.server_close()
t.join()
for entry in seen:
    print(entry)

# nothing listens there any more
try:
    urllib.request.urlopen(base + "/gone")
except urllib.error.URLError as e:
    print("URLError", type(e.reason).__name__)

try:
    urllib.request.urlopen("nosuchscheme://x/")
except urllib.error.URLError as e:
    print("URLError", e, e.reason)
try:
    urllib.request.Request("no-scheme-at-all")
except ValueError as e:
    print("ValueError", e)

with urllib.request.urlopen("data:text/plain;base64,aGVsbG8gZGF0YQ==") as resp:
    print(resp.read(), resp.headers["Content-type"])
err = urllib.error.URLError("because")
print(str(err), err.reason, err.args)
print(urllib.request.parse_http_list('a, "b, c", d'), urllib.request.parse_keqv_list(['k="v"', "x=y"]))
