import sys
def check(values):
    bad = [v for v in values if v < 0]
    if bad:
        sys.exit(len(bad) + 2)
try:
    sys.exit(None)
except SystemExit as e:
    print("code", e.code, e.args)
try:
    sys.exit((1, 2))
except SystemExit as e:
    print("code", e.code)
print("checking")
sys.stdout.flush()
check([1, -2, -3])
