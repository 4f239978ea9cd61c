"""argparse: a small CLI parsed from explicit argument lists, help text and a usage error."""
import argparse

parser = argparse.ArgumentParser(prog="inventory", description="Manage the inventory.")
parser.add_argument("command", choices=["add", "remove", "list"])
parser.add_argument("items", nargs="*", help="item names")
parser.add_argument("-n", "--count", type=int, default=1, help="how many (default: %(default)s)")
parser.add_argument("-v", "--verbose", action="count", default=0)
parser.add_argument("--dry-run", action="store_true")
parser.add_argument("--tag", action="append", dest="tags", default=[])
parser.add_argument("--price", type=float, metavar="EUR")

for argv in [
    ["add", "apple", "pear", "-n", "3"],
    ["list", "-vv", "--dry-run"],
    ["remove", "x", "--tag", "a", "--tag", "b", "--price", "2.5"],
    ["add", "plum", "fig", "--count=7"],
]:
    ns = parser.parse_args(argv)
    print(vars(ns))
print(parser.format_usage(), end="")
print(parser.format_help())
ns, rest = parser.parse_known_args(["list", "--unknown", "7"])
print(ns.command, rest)
sub = argparse.ArgumentParser(prog="git")
subs = sub.add_subparsers(dest="cmd", required=True)
c = subs.add_parser("commit")
c.add_argument("-m", required=True)
p = subs.add_parser("push")
p.add_argument("remote", nargs="?", default="origin")
print(vars(sub.parse_args(["commit", "-m", "msg"])), vars(sub.parse_args(["push"])))
group = argparse.ArgumentParser(prog="g")
mx = group.add_mutually_exclusive_group()
mx.add_argument("--fast", action="store_true")
mx.add_argument("--slow", action="store_true")
print(vars(group.parse_args(["--fast"])))
try:
    group.parse_args(["--fast", "--slow"])
except SystemExit as e:
    print("exit", e.code)
try:
    parser.parse_args(["add", "-n", "many"])
except SystemExit as e:
    print("exit", e.code)
parser.parse_args(["fly"])
print("not reached")
