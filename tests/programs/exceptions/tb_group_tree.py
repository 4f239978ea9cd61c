# uncaught: an exception group's tree, nested groups, sub-exception tracebacks and notes
def fail(i):
    raise ValueError(f"bad {i}")
def collect():
    errors = []
    for i in range(3):
        try:
            fail(i)
        except ValueError as e:
            errors.append(e)
    inner = ExceptionGroup("inner", [TypeError("t"), KeyError("k")])
    e = OSError("with note")
    e.add_note("a note on a member")
    raise ExceptionGroup("outer", errors + [inner, e])
collect()
