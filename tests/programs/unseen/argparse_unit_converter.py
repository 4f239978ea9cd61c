import argparse, sys
p = argparse.ArgumentParser(prog="conv", description="Convert units.", epilog="Example: conv 3 km mi")
p.add_argument("value", type=float, help="number to convert")
p.add_argument("src", choices=["km", "mi", "m"])
p.add_argument("dst", choices=["km", "mi", "m"])
p.add_argument("-p", "--precision", type=int, default=2, metavar="N", help="digits (default: %(default)s)")
p.add_argument("--version", action="version", version="%(prog)s 1.0")
p.add_argument("-q", action="store_const", const=0, dest="verbosity", default=1)
FACT = {"km": 1000.0, "mi": 1609.344, "m": 1.0}
for argv in [["3", "km", "mi"], ["1", "mi", "m", "-p", "0"], ["-h"], ["x", "km", "m"], ["1", "km"], ["1", "km", "ft"], ["--version"], ["1", "m", "km", "-p"], ["1", "m", "km", "--prec", "3"], ["1", "m", "km", "--bogus"]]:
    print(">>", argv)
    try:
        a = p.parse_args(argv)
        print(f"{a.value} {a.src} = {a.value * FACT[a.src] / FACT[a.dst]:.{a.precision}f} {a.dst} (v={a.verbosity})")
    except SystemExit as e:
        print("exit", e.code)
g = argparse.ArgumentParser(prog="grp", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
grp = g.add_argument_group("output", "output options")
grp.add_argument("--out", default="-", help="where")
g.add_argument("--n", type=int, nargs=2, metavar=("A", "B"), default=[1, 2], help="pair")
g.add_argument("items", nargs="*", default=[], help="things")
g.print_help()
print(g.parse_args(["--n", "3", "4", "a", "b"]), g.parse_args([]))
def positive(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError(f"{s} is not positive")
    return v
t = argparse.ArgumentParser(prog="t", exit_on_error=False)
t.add_argument("--k", type=positive)
try:
    t.parse_args(["--k", "-3"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
try:
    t.parse_args(["--k", "abc"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
sys.exit(p.parse_args(["2", "m", "km"]).value > 1 and 3)
