# 'single' code calls whatever sys.displayhook is; sys.__displayhook__ is the default.
import sys


def run_single(source):
    exec(compile(source, "<single>", "single"), {})


seen = []
sys.displayhook = seen.append
run_single("[1, 2]\n")
run_single("None\n")
sys.displayhook = sys.__displayhook__
run_single("'back'\n")
print("hook saw:", seen)
