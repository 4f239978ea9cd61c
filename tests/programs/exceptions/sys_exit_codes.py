# sys.exit with an int: the status, no traceback
import sys
print("exiting with 3")
try:
    sys.exit(7)
except SystemExit as e:
    print("caught SystemExit", e.code, e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("bare", e.code)
sys.stdout.flush()
sys.exit(3)
