import argparse
import io
import sys

def build_parser():
    p = argparse.ArgumentParser(prog="todo", description="Manage a todo list.", epilog="Have fun.")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    p.add_argument("--db", default="todo.json", metavar="PATH")
    sub = p.add_subparsers(dest="cmd", required=True, title="commands")
    a = sub.add_parser("add", help="add an item")
    a.add_argument("text", nargs="+")
    a.add_argument("-p", "--priority", type=int, choices=range(1, 4), default=2)
    a.add_argument("--due", type=lambda s: tuple(map(int, s.split("-"))))
    l = sub.add_parser("list", help="list items")
    l.add_argument("--done", action="store_true")
    l.add_argument("--sort", choices=["prio", "text"], default="prio")
    g = l.add_mutually_exclusive_group()
    g.add_argument("--json", action="store_true")
    g.add_argument("--csv", action="store_true")
    return p

p = build_parser()
for argv in (["add", "buy", "milk", "-p", "3"], ["-vv", "list", "--sort", "text"], ["--db", "x.db", "add", "call", "--due", "2024-5-1"]):
    sys.argv = ["todo"] + argv
    ns = p.parse_args()
    print(vars(ns))
print(p.format_help())
print(p._actions[-1].choices["add"].format_usage())
for bad in (["add"], ["add", "x", "-p", "7"], ["list", "--json", "--csv"], ["frob"], ["add", "x", "-p", "high"], []):
    err = io.StringIO()
    old = sys.stderr
    sys.stderr = err
    try:
        p.parse_args(bad)
    except SystemExit as e:
        code = e.code
    finally:
        sys.stderr = old
    print(bad, code, err.getvalue().strip().splitlines()[-1])
ns, rest = p.parse_known_args(["list", "--extra", "1"])
print(ns, rest)

answers = io.StringIO("Alice\n42\nnot a number\n7\n")
sys.stdin = answers
name = input("Name? ")
while True:
    raw = input("Age? ")
    try:
        age = int(raw)
        break
    except ValueError:
        print(f"{raw!r} is not a number")
print(f"\nHello {name}, next year you'll be {age + 1}")
print(input("extra? "))
try:
    input("more? ")
except EOFError as e:
    print("EOFError", repr(e))
sys.stdin = sys.__stdin__
sys.argv = ["prog", "--count", "x"]
q = argparse.ArgumentParser()
q.add_argument("--count", type=int)
q.parse_args()
