import sys
import atexit

def bye(name):
    print(f"atexit {name}")

atexit.register(bye, "first")
atexit.register(bye, name="second")

class Cleanup:
    def __del__(self):
        print("Cleanup.__del__")

c = Cleanup()

def main(argv):
    print("args", argv[1:])
    try:
        sys.exit("fatal: configuration missing")
    except SystemExit as e:
        print("caught exit:", repr(e.code), type(e.code).__name__)
    try:
        sys.exit()
    except SystemExit as e:
        print("caught exit:", e.code, e.args)
    try:
        raise SystemExit(3, "extra")
    except SystemExit as e:
        print("caught exit:", e.code, e.args)
    try:
        exit(4)
    except SystemExit as e:
        print("builtin exit:", e.code)
    print("finishing")
    sys.stdout.flush()
    raise SystemExit(["not", "an", "int"])

if __name__ == "__main__":
    main(sys.argv)
