# ExceptionGroup and except*
eg = ExceptionGroup("many", [ValueError(1), TypeError("t"), ValueError(2)])
print(repr(eg), str(eg), len(eg.exceptions))
try:
    raise eg
except* ValueError as g:
    print("values:", repr(g))
except* TypeError as g:
    print("types:", repr(g))
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
try:
    try:
        raise ExceptionGroup("outer", [KeyError("k"), ExceptionGroup("inner", [OSError("o")])])
    except* OSError as g:
        print("os:", repr(g))
except ExceptionGroup as remaining:
    print("remaining:", repr(remaining))
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked wrapped:", repr(g))
