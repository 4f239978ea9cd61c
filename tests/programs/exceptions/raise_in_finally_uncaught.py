# an exception that escapes from a finally block replaces the first
def f():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
f()
