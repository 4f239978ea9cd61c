# optparse: options of every action, help layout, errors (exit status 2 on stderr)
import io
import optparse
import sys

sys.argv[0] = "prog.py"
p = optparse.OptionParser(usage="%prog [options] file", version="%prog 1.0",
                          description="A demo tool that does things with files and prints "
                                      "a long description to wrap around.",
                          epilog="Report bugs to nobody.")
p.add_option("-f", "--file", dest="filename", help="write report to FILE", metavar="FILE")
p.add_option("-q", "--quiet", action="store_false", dest="verbose", default=True,
             help="don't print status messages to stdout")
p.add_option("-n", type="int", default=3, help="count [default: %default]")
p.add_option("--ratio", type=float, help="a ratio with a very long help text that has to be "
                                         "wrapped over several lines by the formatter")
p.add_option("--mode", choices=["a", "b"], help="mode")
p.add_option("-v", action="count", dest="verbosity", help="more output")
p.add_option("-I", "--include", action="append", dest="includes", help="add a directory")
p.add_option("--const", action="store_const", const=42, help=optparse.SUPPRESS_HELP)
p.add_option("--a-very-long-option-name", action="store_true")
seen = []
p.add_option("--cb", action="callback", callback=lambda opt, s, v, parser, tag: seen.append((s, v, tag)),
             type="string", callback_args=("T",), help="callback")
g = optparse.OptionGroup(p, "Dangerous Options", "Caution: use these options at your own risk.")
g.add_option("-g", action="store_true", help="Group option.")
p.add_option_group(g)
p.print_help()
print(p.get_usage(), end="")
print(p.get_version())
opts, args = p.parse_args(["-f", "x", "-q", "-n5", "--mode=b", "rest", "-vvv", "-I", "a",
                           "--include=b", "--const", "--cb", "val", "--rat", "2.5", "--", "-x"])
print(sorted(vars(opts).items()), args, seen)
opts, args = p.parse_args([])
print(sorted(vars(opts).items()), args)
print(opts == {"filename": None}, str(optparse.Values({"a": 1})))
p.set_defaults(n=10)
print(p.parse_args(["-n", "0x10"])[0].n, p.parse_args(["-n", "010"])[0].n, p.get_default_values().n)

old = sys.stderr
for argv in (["--nope"], ["-n", "x"], ["--mode", "c"], ["-f"], ["--quiet=1"], ["--r", "1"],
             ["--ratio", "abc"], ["-z"]):
    sys.stderr = io.StringIO()
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print(argv, "exit", e.code, repr(sys.stderr.getvalue()))
    finally:
        sys.stderr = old
p2 = optparse.OptionParser(prog="tool")
p2.add_option("--r1", action="store_true")
p2.add_option("--r2", action="store_true")
for bad in [lambda: p2.parse_args(["--r"]), lambda: p2.add_option("--r1"),
            lambda: optparse.Option("x"), lambda: optparse.Option("-x", action="nope"),
            lambda: optparse.Option("-x", type="nope"), lambda: optparse.Option("-x", bogus=1),
            lambda: optparse.Option("--x", action="store_true", type="int")]:
    sys.stderr = io.StringIO()
    try:
        bad()
    except SystemExit as e:
        print("exit", e.code, repr(sys.stderr.getvalue()))
    except optparse.OptParseError as e:
        print(type(e).__name__, e)
    finally:
        sys.stderr = old
out = io.StringIO()
sys.stdout, saved = out, sys.stdout
try:
    p.parse_args(["--version"])
except SystemExit as e:
    code = e.code
finally:
    sys.stdout = saved
print(repr(out.getvalue()), code)
p3 = optparse.OptionParser(formatter=optparse.TitledHelpFormatter(), add_help_option=False)
p3.add_option("-x", "--xx", help="x option")
p3.print_help()
p4 = optparse.OptionParser()
p4.disable_interspersed_args()
print(p4.parse_args(["a", "-h"])[1])
