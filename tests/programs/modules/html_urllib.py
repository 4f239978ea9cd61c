# html.escape/unescape and urllib.parse (urlparse/urlsplit/urljoin, quote/unquote, urlencode, parse_qs)
import html
from urllib.parse import urlparse, urlsplit, urlunparse, urljoin, quote, unquote, quote_plus, unquote_plus, urlencode, parse_qs, parse_qsl, urldefrag
print(html.escape("<a href='x'>&</a>"), html.escape('"q"', quote=False), html.unescape("&lt;p&gt; &amp;amp; &#62; &#x3E; &copy; &nbsp;x &unknown; &#128;"))
u = urlparse("https://user:pw@Example.com:8080/path/a;p?q=1&r=two#frag")
print(u, u.hostname, u.port, u.username, u.password, u.geturl())
print(urlsplit("http://h/p?x#y"), urlsplit("mailto:a@b"), urlparse("//host/p"), urlparse("/just/path?q"))
print(urlunparse(("http", "h", "/p", "", "a=1", "f")), urljoin("http://a/b/c/d;p?q", "../g"), urljoin("http://a/b/c/d", "/x"), urljoin("http://a/b/", "c?y"), urljoin("http://a/b/c", "http://z/"))
print(quote("a b/c?d=é"), quote("a b", safe=""), quote_plus("a b&c"), unquote("%41%20b%2F%E9x"), unquote("%C3%A9"), unquote_plus("a+b%21"))
print(urlencode({"a": 1, "b": "x y", "c": "é"}), urlencode([("k", [1, 2])], doseq=True), parse_qs("a=1&a=2&b=x+y&c="), parse_qsl("a=1&b=&c=3", keep_blank_values=True))
print(urldefrag("http://a/b#c"), urlparse("http://[::1]:80/").hostname)
