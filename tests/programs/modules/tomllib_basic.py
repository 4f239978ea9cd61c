# tomllib: every TOML 1.0 value type, parse_float, load() from a binary file, and the
# TOMLDecodeError messages with their line/column as CPython's.
import io
import tomllib
from decimal import Decimal

DOC = '''# A document with every kind of value
title = "TOML \\u00e9\\U0001F600\\ttab \\"q\\" \\\\"
lit = 'C:\\Users\\nodejs'
ml = """
Roses are red \\
   Violets are blue""""
ml_lit = \'\'\'
first
  second\'\'\'\'\'
int1 = +99
int2 = 1_000_000
hex = 0xDEAD_beef
oct = 0o755
bin = 0b1101_0101
flt1 = -3.1415
flt2 = 5e+22
flt3 = 6.626e-34
flt4 = 224_617.445_991
special = [inf, +inf, -inf]
yes = true
no = false
odt1 = 1979-05-27T07:32:00Z
odt2 = 1979-05-27T00:32:00-07:00
odt3 = 1979-05-27 00:32:00.999999+05:30
odt4 = 1979-05-27t00:32:00.1234567z
ldt = 1979-05-27T07:32:00.5
ld = 1979-05-27
lt1 = 07:32:00
lt2 = 00:32:00.999
"quoted key" = 1
'literal key'.sub = 2
dotted . key = 3
empty = []
nested = [ [1, 2], ["a", 'b'], [1.5, {x = 1}], ]
multiline_array = [
  1, # one
  2, # two
]
point = { x = 1, y = 2, z.w = 3 }

[server]
host = "localhost"
ports = [8000, 8001]

[server.limits]
cpu = 0.5

[[products]]
name = "Hammer"
sku = 738594937

[[products]]

[[products]]
name = "Nail"
color = "gray"

[[fruits]]
name = "apple"
[fruits.physical]
color = "red"
[[fruits.varieties]]
name = "red delicious"
[[fruits.varieties]]
name = "granny smith"
[[fruits]]
name = "banana"
[[fruits.varieties]]
name = "plantain"
'''

data = tomllib.loads(DOC)
for k, v in data.items():
    print(repr(k), "=", repr(v))
print(type(data["odt2"].tzinfo).__name__, data["odt2"].utcoffset(), data["odt3"].tzname())
nan = tomllib.loads("a = nan\nb = -nan\nc = +nan")
print({k: (v != v) for k, v in nan.items()})

print(tomllib.loads("x = 1.5\ny = [2.25, 3e2, inf]", parse_float=Decimal))
print(tomllib.loads("x = 1.5", parse_float=str))
try:
    tomllib.loads("x = 1.5", parse_float=lambda s: {})
except ValueError as e:
    print("ValueError", e)
try:
    tomllib.loads("x = 1.5", parse_float=lambda s: [s])
except ValueError as e:
    print("ValueError", e)

print(tomllib.load(io.BytesIO("a = 'é'\r\nb = 2\r\n".encode())))
try:
    tomllib.load(io.StringIO("a = 1"))
except TypeError as e:
    print("TypeError", e)
try:
    tomllib.loads(b"a = 1")
except TypeError as e:
    print("TypeError", e)
print(tomllib.loads(""), tomllib.loads("\n\n# only a comment"), tomllib.loads("a=1\r\nb=2"))

BAD = [
    "a = 1\na = 2",
    "a = ",
    "a",
    "= 1",
    "a = 1 b = 2",
    "a = 'x",
    'a = "x',
    'a = """x',
    "a = '''x",
    'a = "\\q"',
    'a = "\\u12"',
    'a = "\\uD800"',
    'a = "\\U00110000"',
    'a = "tab\tok\x01"',
    "a = 1 # bad \x7f comment",
    "a = [1, 2",
    "a = [1 2]",
    "a = {x = 1",
    "a = {x = 1,}",
    "a = {x = 1, x = 2}",
    "a = {x = {y = 1}, x.z = 2}",
    "a = {x = 1, x.y = 2}",
    "[a]\n[a]",
    "[a\nb = 1",
    "[[a]\n",
    "a = 1\n[a]",
    "a = 1\n[[a]]",
    "[[a]]\n[a]",
    "a = {}\n[a.b]",
    "a = [1]\n[[a]]",
    "a.b = 1\n[a]",
    "[a.b]\n[a]\nb.c = 1",
    "[a]\nb.c = 1\n[a.b]",
    "a = 2021-02-30",
    "a = 2021-13-01",
    "a = 25:00:00",
    "a = 1979-05-27T07:32",
    "a = 00",
    "a = 1__0",
    "a = 0x",
    "a = 1.",
    "a = .5",
    "a = True",
    "a = +inf_",
    "[ [a]]",
    "a.'b\nc' = 1",
    '"a\nb" = 1',
    "a = '''\x00'''",
    '"""a""" = 1',
    "!",
    "a = 1\n\n   [table]  x",
    "key = \"value\"\r\n\r\n  [ t ]  \r\nq = é",
    'a = """\\  x"""',
    "a = [\n1,\n# c\n,]",
]
for src in BAD:
    try:
        print("ok?", tomllib.loads(src))
    except tomllib.TOMLDecodeError as e:
        print(repr(src), "->", e)
e = tomllib.TOMLDecodeError("boom")
print(type(e).__module__, type(e).__qualname__, isinstance(e, ValueError), e.args)
print(sorted(tomllib.__all__))
