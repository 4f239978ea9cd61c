# exit() and quit(), the builtins CPython's site module adds: SystemExit(code) with args (code,).
import builtins
print(callable(exit), callable(quit), "exit" in dir(builtins), "quit" in dir(builtins))
for f, arg in [(exit, ()), (quit, (5,)), (exit, ("message",)), (quit, (None,))]:
    try:
        f(*arg)
    except SystemExit as e:
        print(type(e).__name__, e.args, e.code)
try:
    exit(code=7)
except SystemExit as e:
    print("kw", e.code)
print("leaving with 3")
exit(3)
print("not reached")
