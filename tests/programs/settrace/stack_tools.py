# traceback.extract_stack / format_stack, inspect.stack() and inspect.currentframe(), and
# traceback.walk_stack, seen from nested calls.
import inspect
import sys
import traceback


def summary(stack):
    return [(f.name, f.lineno, f.line) for f in stack if f.filename == __file__]


def deepest():
    print("extract_stack:", summary(traceback.extract_stack()))
    lines = [l for l in traceback.format_stack() if __file__ in l]
    print("format_stack:", len(lines))
    for l in lines:
        print(l.rstrip().replace(__file__, "FILE"))
    frames = inspect.stack()
    print("inspect.stack:", [(fi.function, fi.lineno, fi.code_context[0].strip(), fi.index)
                             for fi in frames if fi.filename == __file__])
    me = inspect.currentframe()
    print("currentframe:", me.f_code.co_name, me is sys._getframe())
    print("walk_stack:", [(f.f_code.co_name, n) for f, n in traceback.walk_stack(None)
                          if f.f_code.co_filename == __file__])
    info = inspect.getframeinfo(me)
    print("getframeinfo:", info.function, info.lineno, info.code_context)
    print("getouterframes:", [fi.function for fi in inspect.getouterframes(me)
                              if fi.filename == __file__])
    return len(frames)


def middle():
    return deepest()


def top():
    return middle()


top()


def failing():
    raise ValueError("boom")


try:
    failing()
except ValueError as e:
    tb = e.__traceback__
    print("extract_tb:", [(f.name, f.lineno, f.line) for f in traceback.extract_tb(tb)])
    print("walk_tb:", [(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])
    print("trace:", [(fi.function, fi.lineno) for fi in inspect.trace()])
    print("format_exception_only:", traceback.format_exception_only(type(e), e))
    te = traceback.TracebackException.from_exception(e)
    print("stack of TracebackException:", [(f.name, f.lineno) for f in te.stack])
