import argparse, io, contextlib, os, tempfile
def run(p, argv, known=False):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            r = p.parse_known_args(argv) if known else p.parse_args(argv)
        except SystemExit as e:
            r = f"exit {e.code}"
    if hasattr(r, "func"): del r.func
    if isinstance(r, tuple) and hasattr(r[0], "func"): del r[0].func
    print(f"--- {argv}: {r}")
    print(out.getvalue() + err.getvalue(), end="")
def cmd_add(ns): return f"add {ns.x}+{ns.y}={ns.x + ns.y}"
def cmd_neg(ns): return f"neg {-ns.v}"
p = argparse.ArgumentParser(prog="tool", fromfile_prefix_chars="@")
p.add_argument("-v", "--verbose", action="store_true")
p.add_argument("-n", "--num", type=int, default="7")
p.add_argument("--foo"); p.add_argument("--foobar")
p.add_argument("--level", type=int, choices=[1, 2, 3], default=1)
p.add_argument("-a", action="store_true"); p.add_argument("-b", action="store_true"); p.add_argument("-c", type=str)
sub = p.add_subparsers(dest="cmd", required=True)
a = sub.add_parser("add"); a.add_argument("x", type=int); a.add_argument("y", type=int); a.set_defaults(func=cmd_add)
n = sub.add_parser("neg"); n.add_argument("v", type=float); n.set_defaults(func=cmd_neg)
for argv in (["add", "2", "3"], ["-n5", "neg", "--", "-4"], ["-abcX", "add", "1", "1"], ["--num=9", "-v", "neg", "2.5"]):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err):
        try:
            ns = p.parse_args(argv)
            print(argv, ns.num, ns.a, ns.b, ns.c, ns.verbose, ns.func(ns))
        except SystemExit as e:
            print(argv, "exit", e.code, err.getvalue())
run(p, ["--fo", "x", "add", "1", "2"])
run(p, ["--foob", "x", "add", "1", "2"])
run(p, ["--level", "5", "add", "1", "2"])
run(p, ["add", "1"])
run(p, ["add", "1", "x"])
run(p, [])
run(p, ["neg", "-4"])
run(p, ["add", "1", "2", "extra"], known=True)
run(p, ["--zzz", "add", "1", "2"], known=True)
run(p, ["--verbose=yes", "add", "1", "2"])
run(p, ["-n"])
d = tempfile.mkdtemp()
os.chdir(d)
argf = "args.txt"
with open(argf, "w") as f:
    f.write("--num\n42\nadd\n10\n20\n")
ns = p.parse_args(["@" + argf]); print(ns.num, ns.func(ns))
run(p, ["@missing.txt"])
outf = os.path.join(d, "out.txt")
q = argparse.ArgumentParser(prog="q")
q.add_argument("infile", type=argparse.FileType("r"), nargs="?", default="-")
q.add_argument("-o", type=argparse.FileType("w", encoding="utf-8"))
q.add_argument("--ratio", type=float, default=0.5, help="ratio %% of total (default %(default).2f)")
q.add_argument("nums", nargs="*", type=int, metavar="N")
q.add_argument("--pair", nargs=2, default=("a", "b"))
q.add_argument("--dest-suppressed", dest=argparse.SUPPRESS, default=argparse.SUPPRESS)
ns = q.parse_args(["-o", outf, "--ratio", "1e-2"])
print(ns.infile.name, type(ns.o).__name__, ns.o.name == outf, ns.ratio, ns.nums, ns.pair)
ns.o.write("x"); ns.o.close()
print(q.format_help())
print(repr(q.format_usage()))
run(q, ["-o", "/nonexistent/dir/f.txt"])
run(q, ["--pair", "x"])
r = argparse.ArgumentParser(prog="r")
r.add_argument("--x", action="store_const")
import shutil; os.chdir("/"); shutil.rmtree(d)
