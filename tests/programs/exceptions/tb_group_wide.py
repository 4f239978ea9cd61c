# uncaught: more than 15 sub-exceptions are cut, a group in a group's context
try:
    raise ValueError("first")
except ValueError:
    raise ExceptionGroup("wide", [IndexError(i) for i in range(18)])
