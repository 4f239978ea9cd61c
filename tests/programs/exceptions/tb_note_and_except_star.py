# uncaught: notes on a plain exception, except* re-raising what it does not handle
try:
    try:
        raise ExceptionGroup("eg", [ValueError("v"), TypeError("t")])
    except* ValueError as g:
        print("handled", repr(g.exceptions))
except ExceptionGroup as rest:
    print("rest", repr(rest.exceptions))
e = RuntimeError("with notes")
e.add_note("first note")
e.add_note("second note")
raise e
