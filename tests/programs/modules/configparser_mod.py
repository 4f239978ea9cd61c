# configparser: reading, sections/options, types, interpolation, mapping access, writing, errors
import configparser
import io

TEXT = """
# a comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[forge.example]
User = hg

[topsecret.server.example]
Port = 50022
ForwardX11 = no
path = /home/%(user)s/data
user = alice
multi = first line
    second line

    fourth line
; another comment
empty =
ratio: 0.75
"""

cp = configparser.ConfigParser()
cp.read_string(TEXT)
print(cp.sections())
print(cp.defaults())
print(cp.options("forge.example"))
print(cp.has_section("forge.example"), cp.has_section("DEFAULT"), cp.has_option("forge.example", "user"))
print(cp.get("topsecret.server.example", "path"), cp.get("topsecret.server.example", "path", raw=True))
print(repr(cp.get("topsecret.server.example", "multi")), repr(cp.get("topsecret.server.example", "empty")))
print(cp.getint("topsecret.server.example", "port"), cp.getfloat("topsecret.server.example", "ratio"))
print(cp.getboolean("forge.example", "compression"), cp.getboolean("topsecret.server.example", "forwardx11"))
print(cp.get("forge.example", "missing", fallback="fb"), cp.getint("forge.example", "nope", fallback=7))
print(cp.items("forge.example"))
print(cp["forge.example"]["user"], cp["forge.example"].get("nope", "dflt"), "user" in cp["forge.example"])
print(list(cp), len(cp), "forge.example" in cp, cp["DEFAULT"]["compression"])
print(dict(cp["topsecret.server.example"]))
sec = cp["topsecret.server.example"]
print(sec.getint("port"), sec.getboolean("forwardx11"), sec.name, repr(sec))
print(cp.get("forge.example", "user", vars={"user": "override"}))
cp.set("forge.example", "user", "bob")
cp["new"] = {"a": "1", "b": "two"}
cp["new"]["c"] = "3"
del cp["new"]["a"]
print(cp.remove_option("forge.example", "user"), cp.remove_option("forge.example", "user"))
cp.add_section("added")
out = io.StringIO()
cp.write(out)
print(out.getvalue())
out = io.StringIO()
cp.write(out, space_around_delimiters=False)
print(out.getvalue().splitlines()[:3])
print(cp.remove_section("added"), cp.remove_section("added"))

for action in [
    lambda: cp.get("nosuch", "x"),
    lambda: cp.get("forge.example", "nosuch"),
    lambda: cp.add_section("new"),
    lambda: cp.add_section("DEFAULT"),
    lambda: cp.getboolean("topsecret.server.example", "user"),
    lambda: cp.getint("topsecret.server.example", "user"),
    lambda: cp["nosuch"],
    lambda: cp.read_string("key = value\n"),
    lambda: cp.read_string("[s]\na = 1\na = 2\n"),
    lambda: cp.read_string("[s]\n[s]\n"),
    lambda: cp.read_string("[bad]\nno delimiter here\n"),
    lambda: configparser.ConfigParser().read_string("[x]\na = %(b)s\n") or None,
    lambda: cp.set("forge.example", "bad", "100%"),
    lambda: cp.set("forge.example", "n", 5),
]:
    try:
        print("ok", action())
    except Exception as e:
        print(type(e).__name__, "|", e)

p = configparser.ConfigParser()
p.read_string("[x]\na = %(b)s\nb = %(a)s\nc = %(zz)s\n")
for opt in ("a", "c"):
    try:
        p.get("x", opt)
    except configparser.InterpolationError as e:
        print(type(e).__name__, "|", e)

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("[paths]\nhome = /home/me\ndata = ${home}/data\n[other]\nlink = ${paths:data}/x $$5\n")
print(ext.get("other", "link"), ext["paths"]["data"])

raw = configparser.RawConfigParser()
raw.read_string("[s]\nfmt = %(not)s 100%\n")
print(raw.get("s", "fmt"))
nv = configparser.ConfigParser(allow_no_value=True, inline_comment_prefixes=("#",),
                               delimiters=("=",))
nv.read_string("[mysqld]\nskip-bdb\nport = 3306  # the port\nkey: value = 1\n")
print(nv.items("mysqld"))
print(nv.read(["/nonexistent/file.ini"]))
print(configparser.ConfigParser(defaults={"a": "1"}).defaults())
