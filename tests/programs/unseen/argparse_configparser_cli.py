import argparse, configparser, io, sys, textwrap

def main(argv):
    parser = argparse.ArgumentParser(
        prog="inv", formatter_class=argparse.RawDescriptionHelpFormatter,
        description=textwrap.dedent("""\
            Inventory tool.
              Lines keep their indentation here.
            """))
    parser.add_argument("--version", action="version", version="%(prog)s 1.2")
    parser.add_argument("-c", "--config", type=argparse.FileType("r"), help="config file")
    parser.add_argument("--limit", type=float, default=10.0, metavar="N")
    parser.add_argument("--color", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("-q", dest="verbosity", action="store_const", const=0, default=1)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    rep = sub.add_parser("report", help="print a report", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    rep.add_argument("--format", choices=("table", "csv"), default="table", help="output format")
    rep.add_argument("items", nargs="*", default=["all"], help="item names")
    grp = rep.add_argument_group("filters", "narrow the report")
    grp.add_argument("--min", type=int, default=0, help="minimum count")
    grp.add_argument("--max", type=int, help="maximum count")
    imp = sub.add_parser("import", help="import data")
    imp.add_argument("source", nargs="?", const="x", default="-")
    imp.add_argument("--dry-run", "-n", action="store_true")
    imp.add_argument("--key", nargs=2, metavar=("K", "V"), action="append")
    imp.set_defaults(handler="importer")
    args = parser.parse_args(argv)
    return parser, args

for argv in [["report", "--min", "3", "a", "b"], ["--no-color", "import", "file.csv", "-n", "--key", "a", "1", "--key", "b", "2"],
             ["-q", "--limit", "2.5"], ["import"]]:
    _, a = main(argv)
    print(sorted((k, v) for k, v in vars(a).items() if k != "config"))
for argv in [["--help"], ["report", "-h"], ["--version"], ["report", "--format", "xml"], ["--limit", "x"], ["import", "--key", "a"], ["--bogus"], ["-c", "/nonexistent/file"]]:
    out, err = io.StringIO(), io.StringIO()
    sys.stdout, sys.stderr = out, err
    try:
        main(argv)
        code = None
    except SystemExit as e:
        code = e.code
    finally:
        sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    print(f"== {argv} exit={code}")
    print(out.getvalue() + err.getvalue(), end="")
parser = argparse.ArgumentParser(prog="p", exit_on_error=False)
parser.add_argument("--n", type=int)
try:
    parser.parse_args(["--n", "z"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e, "|", e.argument_name)
cp = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
cp.read_string("""
[DEFAULT]
base = /srv
debug = no

[paths]
data = ${base}/data
logs = ${data}/logs

[server]
port = 8080
ratio = 0.75
debug = yes
hosts =
    a.example
    b.example
""")
print(cp.sections(), cp["paths"]["logs"], cp.getint("server", "port"), cp.getfloat("server", "ratio"), cp.getboolean("server", "debug"), cp.getboolean("paths", "debug"))
print(cp["server"]["hosts"].split(), cp.get("server", "missing", fallback="fb"), "port" in cp["server"], list(cp["paths"]), cp.has_option("paths", "base"))
cp["new"] = {"k": "v", "n": "1"}
buf = io.StringIO(); cp.write(buf); print(buf.getvalue())
for bad in ["[s]\nk = v\nk = w\n", "no section\n", "[a]\n[a]\n", "[s]\n  indented\n"]:
    try:
        configparser.ConfigParser().read_string(bad)
        print("ok")
    except configparser.Error as e:
        print(type(e).__name__, e)
c2 = configparser.ConfigParser()
c2.read_string("[x]\na = %(b)s-1\nb = %(a)s\nc = 100%%\nd = %(e)s\n")
print(c2["x"]["c"])
for k in "ad":
    try:
        print(c2["x"][k])
    except configparser.Error as e:
        print(type(e).__name__, e)
try:
    c2.getint("x", "c")
except ValueError as e:
    print(e)
try:
    c2["zz"]
except KeyError as e:
    print("KeyError", e)
