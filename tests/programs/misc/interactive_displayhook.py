# Code compiled in 'single' mode (what doctest and the REPL run) prints an expression
# statement's value through sys.displayhook: to the current sys.stdout, None skipped, and the
# value bound to builtins._ .
import builtins
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass


def run_single(source, namespace):
    exec(compile(source, "<single>", "single"), namespace)


ns = {}
run_single("1 + 1\n", ns)
run_single("None\n", ns)
print("_ is", builtins._)

capture = Capture()
sys.stdout = capture
try:
    run_single("'captured'\n", ns)
    run_single("x = 5\n", ns)
    run_single("x * 2\n", ns)
    run_single("for i in range(2): i\n", ns)
finally:
    sys.stdout = sys.__stdout__
print("captured:", capture.parts)
print("_ is", builtins._)

# __repr__ of the value runs, and its exception propagates out of exec.
class Loud:
    def __repr__(self):
        return "Loud()"


class Broken:
    def __repr__(self):
        raise ValueError("no repr")


run_single("Loud()\n", {"Loud": Loud})
try:
    run_single("Broken()\n", {"Broken": Broken})
except ValueError as e:
    print("ValueError:", e)
