# getopt's contract: clusters, attached and separate values, long prefixes, '--', '-',
# gnu_getopt's mixing and its '+'/POSIXLY_CORRECT stops, errors with .msg/.opt/.args.
import getopt, os
os.environ.pop("POSIXLY_CORRECT", None)
cases = [
    (["-abc", "-d", "v", "-dw", "x"], "abcd:", []),
    (["-a", "-", "-b"], "ab", []),
    (["-a", "--", "-b"], "ab", []),
    (["--al", "--be=1", "--be", "2", "--gamma=", "y"], "", ["alpha", "beta=", "gamma="]),
    (["--alpha", "--alp"], "", ["alpha", "alpha-two"]),
    (["--al=x"], "", "alpha="),
    (["--b=", "rest"], "", ("beta=",)),
    (["-x:"], "x:", []),
    ([], "a", []),
    (["plain", "-a"], "a", []),
]
for args, short, long in cases:
    for f in (getopt.getopt, getopt.gnu_getopt):
        try:
            print(f(args, short, long))
        except getopt.GetoptError as e:
            print(f.__name__, "GetoptError:", e)
print(getopt.gnu_getopt(["f", "-a", "g", "--", "-a"], "a"))
print(getopt.gnu_getopt(["f", "-a", "g"], "+a"), getopt.gnu_getopt(["-a", "f", "-a"], "+a"))
os.environ["POSIXLY_CORRECT"] = "1"
print(getopt.gnu_getopt(["-a", "f", "-a"], "a"))
del os.environ["POSIXLY_CORRECT"]
bad = [(["-q"], "a", []), (["-:"], "a:", []), (["-a"], "a:", []), (["--zz"], "", ["alpha"]),
       (["--al"], "", ["alpha", "alps"]), (["--alpha=1"], "", ["alpha"]), (["--beta"], "", ["beta="]),
       (["--"], "", []), (["-ab"], "a", [])]
for args, short, long in bad:
    for f in (getopt.getopt, getopt.gnu_getopt):
        try:
            print(f(args, short, long))
        except getopt.GetoptError as e:
            print(f.__name__, "GetoptError:", e, "|", e.msg, "|", e.opt, "|", e.args, repr(e))
e = getopt.GetoptError("boom")
print(e, e.opt, e.args, getopt.error is getopt.GetoptError, getopt.GetoptError.opt == "", isinstance(e, Exception))
print(getopt.long_has_args("al", ["alpha="]), getopt.short_has_arg("b", "ab:"), getopt.do_shorts([], "ab", "ab", []),
      getopt.do_longs([], "alpha=3", ["alpha="], ["x"]))
print(sorted(getopt.__all__))
