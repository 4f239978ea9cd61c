import traceback, sys
def fail():
    return [1][2]
try:
    fail()
except IndexError:
    traceback.print_exc()
    print("-- format_exc --")
    print(traceback.format_exc(), end="")
    etype, evalue, tb = sys.exc_info()
    print(etype.__name__, evalue, [f.name for f in traceback.extract_tb(tb)])
print(traceback.format_exception_only(ValueError("v")))
try:
    fail()
except IndexError as e:
    print("".join(traceback.format_exception(e)), end="")
def stack():
    return [f.name for f in traceback.extract_stack()]
print(stack())
