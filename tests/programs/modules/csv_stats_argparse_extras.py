# csv.Sniffer (sniff/has_header), statistics.NormalDist inv_cdf/quantiles/overlap/zscore/samples,
# argparse parse_intermixed_args / parse_known_intermixed_args: the same results as CPython's.
import csv
samples = [
    "name,age,city\nAlice,30,NYC\nBob,25,LA\n",
    "a;b;c\n1;2;3\n4;5;6\n",
    "a\tb\tc\n1\t2\t3\n",
    'name, "quoted, field", x\nfoo, "bar, baz", 3\nq, "w", 4\n',
    "'a'|'b'|'c'\n'1'|'2'|'3'\n",
    '"He said ""hi""",2\n"x",3\n',
    "single\ncolumn\nvalues\n",
    "x y z\n1 2 3\n4 5 6\n",
    "a:b:c\n1:2:3\n",
    "id,name\n1,a\n2,bb\n3,ccc\n",
    "1,2,3\n4,5,6\n7,8,9\n",
    "h1,h2\nabc,def\nghi,jkl\n",
    "a,b;c\n1,2;3\n4,5;6\n7,8;9\n",
    '"a","b"\n"1","2"\n',
]
s = csv.Sniffer()
for text in samples:
    try:
        d = s.sniff(text)
        print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace,
              repr(d.lineterminator), d.quoting, d._name, d.__name__, issubclass(d, csv.Dialect))
        print("  header:", s.has_header(text), list(csv.reader(text.splitlines(), d))[:2])
    except csv.Error as e:
        print("Error", e)
print(s.sniff("a;b,c\n1;2,3\n", delimiters=";").delimiter)
print(s.sniff("a;b,c\n1;2,3\n", delimiters=",").delimiter)
try:
    s.sniff("abc\ndef\n")
except csv.Error as e:
    print("Error", e)
try:
    s.sniff("")
except csv.Error as e:
    print("Error", e)
print(s.preferred)

from statistics import NormalDist, StatisticsError
import statistics
N = NormalDist(100, 15)
ps = [1e-300, 1e-20, 1e-9, 0.001, 0.01, 0.02425, 0.05, 0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 0.975, 0.99, 0.999999, 1 - 1e-12]
print([N.inv_cdf(p) for p in ps])
print([NormalDist().inv_cdf(p) for p in ps])
for p in [0.0, 1.0, -1, 2]:
    try: N.inv_cdf(p)
    except StatisticsError as e: print(e)
print(N.quantiles(), N.quantiles(10), NormalDist(0, 1).quantiles(n=3))
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), NormalDist(3.2, 2.0).overlap(NormalDist(2.4, 1.6)))
print(NormalDist(0, 1).overlap(NormalDist(5, 1)), NormalDist(1, 2).overlap(NormalDist(1, 2)))
for bad in [NormalDist(0, 0), 5]:
    try: N.overlap(bad)
    except (StatisticsError, TypeError) as e: print(type(e).__name__, e)
print(N.zscore(130), N.zscore(85.5), NormalDist(3, 0) == NormalDist(3))
try: NormalDist(3, 0).zscore(1)
except StatisticsError as e: print(e)
print(N.samples(5, seed=42), len(N.samples(3)))
print([round(x, 6) for x in NormalDist.from_samples([1, 2, 3, 4, 10]).quantiles(4)])

import argparse, sys
def make():
    p = argparse.ArgumentParser(prog="prog", exit_on_error=False)
    p.add_argument("--foo")
    p.add_argument("cmd")
    p.add_argument("rest", nargs="*", type=int)
    p.add_argument("-v", action="store_true")
    return p
for argv in [["doit", "1", "--foo", "bar", "2", "3"], ["--foo", "x", "c", "-v", "4"], ["c"], ["c", "1", "-v", "2", "--foo", "z", "3"]]:
    p = make()
    print(argv, p.parse_intermixed_args(argv))
    try:
        print("  plain", p.parse_args(argv))
    except (argparse.ArgumentError, SystemExit) as e:
        print("  plain error", type(e).__name__)
p = make()
print(p.parse_known_intermixed_args(["c", "--bogus", "1", "2"]))
p2 = argparse.ArgumentParser(prog="p2")
p2.add_argument("x", nargs=argparse.REMAINDER)
try: p2.parse_intermixed_args([])
except TypeError as e: print("TypeError", e)
p3 = argparse.ArgumentParser(prog="p3")
g = p3.add_mutually_exclusive_group()
g.add_argument("pos", nargs="?")
try: p3.parse_intermixed_args([])
except TypeError as e: print("TypeError", e)
p4 = argparse.ArgumentParser(prog="p4")
p4.add_argument("--req", required=True)
p4.add_argument("files", nargs="+")
print(p4.parse_intermixed_args(["a", "--req", "r", "b"]))
sys.stderr = sys.stdout
for argv in [["a", "b"], ["--req", "1"], ["a", "--req", "1", "--zz"]]:
    try:
        p4.parse_intermixed_args(argv)
    except SystemExit as e:
        print("exit", e.code)
print(p4.usage)
