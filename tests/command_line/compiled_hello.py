# compiled to compiled_hello.pyc by CPython 3.12 (scripts/regen_golden.sh); pyc_run.args runs the .pyc
import sys
def greet(who):
    return f"hello {who}"
print(greet("from a .pyc"), sys.argv[1:], __name__)
print([x * x for x in range(5)], greet.__code__.co_filename)
