# BaseException subclasses pass through "except Exception"
class Stop(BaseException):
    pass
def body():
    try:
        raise Stop("base")
    except Exception:
        print("not caught here")
try:
    body()
except BaseException as e:
    print("caught at top:", type(e).__name__, e, isinstance(e, Exception))
try:
    raise GeneratorExit
except Exception:
    print("no")
except GeneratorExit:
    print("GeneratorExit is a BaseException")
print([c.__name__ for c in SystemExit.__mro__], [c.__name__ for c in KeyboardInterrupt.__mro__])
raise Stop("uncaught base exception")
