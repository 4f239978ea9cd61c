# netrc: entries, default, quoting, comments, macdefs and parse errors.
import netrc, os, tempfile

CASES = [
    'machine host.one login alice password "p w#1" account acct\n'
    'machine host.two\n\tlogin bob\n\tpassword s\\"q\n'
    '# a comment line\n'
    'default login anon password guest # trailing comment\n'
    'macdef init\ncd /pub\nbinary\n\nmachine host.three user carol password x\n',
    'machine only password p\n',
    'login x\n',
    'machine\n',
    'machine m login a frobnicate b\n',
    'macdef broken\nline one\n',
    'machine m login a #comment password hidden\n password p\n',
]

d = tempfile.mkdtemp()
path = os.path.join(d, "netrc")
for text in CASES:
    with open(path, "w") as f:
        f.write(text)
    try:
        n = netrc.netrc(path)
    except netrc.NetrcParseError as e:
        print("NetrcParseError:", str(e).replace(path, "FILE"), e.lineno, e.msg)
        continue
    print(n.hosts)
    print(n.macros)
    print(n.authenticators("host.one"), n.authenticators("nowhere"))
    print(repr(n), end="")
    print("--")
os.remove(path)
os.rmdir(d)
