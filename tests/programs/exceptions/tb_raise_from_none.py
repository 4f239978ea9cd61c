# uncaught: `raise ... from None` hides the context, __suppress_context__ is set
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise KeyError(s) from None
try:
    parse("x")
except KeyError as e:
    print(repr(e), e.__suppress_context__, repr(e.__context__), e.__cause__)
parse("y")
