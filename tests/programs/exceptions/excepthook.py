# sys.excepthook: called directly, replaced by a program, and failing itself
import sys
print(sys.excepthook is sys.__excepthook__, type(sys.excepthook).__name__)
def show(fn):
    try:
        fn()
    except BaseException:
        sys.excepthook(*sys.exc_info())
class O:
    x = "s"
def f(a, b):
    return a[0] + b.x * 2
show(lambda: f([1], O()))
show(lambda: {}["key"])
def my_hook(tp, value, tb):
    print("my_hook:", tp.__name__, value, tb.tb_frame.f_code.co_name, file=sys.stderr)
    raise RuntimeError("the hook itself fails")
sys.excepthook = my_hook
def boom():
    raise ValueError("uncaught")
boom()
