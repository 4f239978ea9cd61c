"""argparse positionals interleaved with options: greedy matching per run of positionals, --, REMAINDER, nargs=2/+, subcommands, parse_known_args extras."""
import argparse
def run(p, argv):
    try:
        print(argv, "->", vars(p.parse_known_args(argv)[0]), p.parse_known_args(argv)[1])
    except SystemExit as e:
        print(argv, "-> exit", e.code)
p = argparse.ArgumentParser(prog="t")
p.add_argument("cmd")
p.add_argument("files", nargs="*")
p.add_argument("-o")
p.add_argument("-v", action="store_true")
for argv in [["a"], ["a", "b", "c"], ["a", "-o", "x", "b"], ["-v", "a", "b"], ["a", "b", "-v", "c"], ["--", "-a", "-b"], ["a", "--", "-x"], [], ["-o", "1"]]:
    run(p, argv)
q = argparse.ArgumentParser(prog="q")
q.add_argument("src")
q.add_argument("dst", nargs="?", default="out")
q.add_argument("rest", nargs=argparse.REMAINDER)
for argv in [["a"], ["a", "b"], ["a", "b", "--x", "y"], ["a", "b", "c", "-h2"]]:
    run(q, argv)
r = argparse.ArgumentParser(prog="r")
r.add_argument("pair", nargs=2, type=int)
r.add_argument("more", nargs="+")
r.add_argument("--flag", nargs="?", const="C", default="D")
for argv in [["1", "2", "x"], ["1", "2", "--flag", "x", "y"], ["1", "--flag", "2"], ["1", "2", "x", "--flag"], ["1", "2"]]:
    run(r, argv)
s = argparse.ArgumentParser(prog="s")
sub = s.add_subparsers(dest="c")
a = sub.add_parser("add")
a.add_argument("name")
a.add_argument("-f", action="store_true")
s.add_argument("-g", action="store_true")
for argv in [["add", "x"], ["-g", "add", "x", "-f"], ["add", "-f", "x"], ["add"], ["nope"]]:
    run(s, argv)
