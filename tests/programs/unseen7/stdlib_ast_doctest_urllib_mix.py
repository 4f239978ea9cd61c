import ast
import base64
import hashlib
import html
import shlex
import string
import struct
import uuid
import zlib
import fnmatch
import urllib.parse
import ipaddress
import keyword
import statistics
import random
import doctest
import tokenize
import io
import reprlib
import types
import inspect

src = "x = [1, 2 + 3]\nif x:\n    print(f'{x!r}', *x, sep=', ')\n"
tree = ast.parse(src)
print(ast.dump(tree.body[0]))
print(ast.dump(tree.body[0], indent=2, include_attributes=False)[:200])
print(ast.unparse(tree))
print(ast.literal_eval("{'a': [1, 2.5, (3, None)], 'b': -4j}"), ast.literal_eval("-1 + 2j"))
try:
    ast.literal_eval("__import__('os')")
except ValueError as e:
    print(e)
class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []
    def visit_Name(self, node):
        self.names.append((node.id, type(node.ctx).__name__, node.lineno, node.col_offset))
        self.generic_visit(node)
c = Counter(); c.visit(tree); print(c.names)
class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node
t2 = ast.fix_missing_locations(Doubler().visit(ast.parse("y = 1 + 2 * 3")))
ns = {}
exec(compile(t2, "<ast>", "exec"), ns)
print(ns["y"], [type(n).__name__ for n in ast.walk(ast.parse("a.b(c)"))])
try:
    ast.parse("def f(:\n  pass")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)
print(base64.b64encode(b"hello world"), base64.b64decode("aGk="), base64.urlsafe_b64encode(b"\xff\xfe"), base64.b16encode(b"ok"), base64.b32encode(b"a"))
print(hashlib.sha256(b"abc").hexdigest()[:16], hashlib.md5(b"").hexdigest(), hashlib.sha1(b"x").digest()[:4], zlib.crc32(b"hello"), zlib.adler32(b"x"))
comp = zlib.compress(b"a" * 100)
print(len(comp), zlib.decompress(comp) == b"a" * 100)
print(html.escape("<a href='x'>&</a>"), html.unescape("&lt;&amp;&gt;&quot;&#39;&eacute;&#x263A;"))
print(shlex.split("cmd -a 'quoted arg' \"dbl q\" esc\\ aped"), shlex.quote("it's"), shlex.join(["a b", "c"]))
print(string.ascii_letters[:5], string.digits, string.punctuation[:10], string.capwords("hello   big world"), string.Formatter().format("{0}-{x}", 1, x=2))
print(list(string.Formatter().parse("a{0:>3}b{x!r}")))
rec = struct.pack("<I2sh?d", 7, b"hi", -3, True, 2.5)
print(rec, struct.unpack("<I2sh?d", rec), struct.calcsize("<I2sh?d"), struct.calcsize("I2sh?d"), struct.unpack(">HH", b"\x00\x01\x00\x02"))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")))
try:
    struct.pack("<h", 70000)
except struct.error as e:
    print(e)
u = uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
print(u, u.version, u.hex[:8], uuid.UUID("12345678123456781234567812345678"), repr(uuid.UUID(int=1)))
print(fnmatch.fnmatch("data.csv", "*.csv"), fnmatch.filter(["a.py", "b.txt", "c.py"], "*.py"), fnmatch.translate("*.t?t"))
url = "https://user:pw@example.com:8080/path/to/page.html?q=python+3&lang=en&q=x#frag"
p = urllib.parse.urlparse(url)
print(p, p.hostname, p.port, p.username)
print(urllib.parse.parse_qs(p.query), urllib.parse.parse_qsl(p.query), urllib.parse.urlencode({"a": "b c", "d": ["1", "2"]}, doseq=True))
print(urllib.parse.quote("a b/c?d=é"), urllib.parse.unquote("%7Euser%20x"), urllib.parse.urljoin("http://a/b/c/d", "../e"), urllib.parse.quote_plus("a b&c"))
print(urllib.parse.urlunparse(("http", "h", "/p", "", "q=1", "")), urllib.parse.urlsplit("http://h/p?x#y"))
net = ipaddress.ip_network("192.168.1.0/29")
print(net, net.num_addresses, list(net.hosts())[:3], ipaddress.ip_address("10.0.0.1") in ipaddress.ip_network("10.0.0.0/8"), net.netmask, ipaddress.ip_address("::1"), ipaddress.ip_address("192.168.1.5").is_private)
print(keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist), keyword.softkwlist)
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(data), statistics.pstdev(data), statistics.mode(data), statistics.multimode("aabbc"), statistics.quantiles(data, n=4), statistics.harmonic_mean([1, 2, 4]))
print(statistics.median_low([1, 2, 3, 4]), statistics.median_high([1, 2, 3, 4]), statistics.variance(data), statistics.fmean([1, 2]), statistics.geometric_mean([1, 4]))
print(statistics.correlation([1, 2, 3], [2, 4, 7]), statistics.linear_regression([1, 2, 3], [2, 4, 6]))
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.sample(range(100), 5), random.uniform(1, 2), random.gauss(0, 1))
lst = list(range(10)); random.shuffle(lst); print(lst, random.choices("abc", weights=[1, 0, 5], k=5), random.randrange(0, 100, 7), random.getrandbits(20))
r2 = random.Random("seed string"); print(r2.random(), r2.triangular(0, 10), r2.betavariate(2, 3), r2.expovariate(1.5))
toks = list(tokenize.generate_tokens(io.StringIO("a = b + 1  # c\n").readline))
print([(tokenize.tok_name[t.type], t.string) for t in toks])
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(20)}))
sn = types.SimpleNamespace(a=1, b="x")
sn.c = [1]
print(sn, sn == types.SimpleNamespace(a=1, b="x", c=[1]), vars(sn))
def func(a, b: int = 2, *args, c, d="x", **kw) -> str:
    "doc"
print(inspect.signature(func), list(inspect.signature(func).parameters), inspect.signature(func).parameters["b"].annotation, inspect.getdoc(func))
print(inspect.isfunction(func), inspect.isclass(int), inspect.isgeneratorfunction(func), inspect.getmembers(sn)[-3:])
def square(x):
    """Return x squared.

    >>> square(3)
    9
    >>> square(-2)
    4
    >>> square(2)
    5
    """
    return x * x
finder = doctest.DocTestFinder()
runner = doctest.DocTestRunner(verbose=False)
for t in finder.find(square, "square", globs={"square": square}):
    runner.run(t, out=lambda s: print(s.replace(__file__, "FILE"), end=""))
print(runner.summarize(verbose=False))
