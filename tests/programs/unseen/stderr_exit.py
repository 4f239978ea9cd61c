"""Printing to stderr, sys.exit with a message, atexit handlers, and exit codes."""
import atexit
import sys


def cleanup(name):
    print("atexit:", name)


atexit.register(cleanup, "first")
atexit.register(cleanup, "second")
print("to stdout")
print("to stderr", file=sys.stderr)
sys.stderr.write("written directly\n")
sys.stdout.write("stdout write returns %d\n" % sys.stdout.write(""))
print("args:", sys.argv[1:], len(sys.argv))
print(sys.version_info[:2], sys.version_info.major, sys.maxsize, sys.byteorder, sys.platform)
print(type(sys.stdin).__name__, sys.stdout.isatty(), sys.getdefaultencoding())
print(sys.flags.optimize, sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit)
print(sys.getsizeof is not None, "sys" in sys.modules, sys.path[0] != "", __name__)


def main(argv):
    if len(argv) < 2:
        print("usage: stderr_exit.py NAME", file=sys.stderr)
        return 2
    return 0


try:
    sys.exit(main(sys.argv))
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("code", e.code)
sys.exit("fatal: giving up")
