# uncaught: an explicit cause whose own context is shown too
def low():
    {}["missing"]
def mid():
    try:
        low()
    except KeyError as e:
        try:
            1 / 0
        except ZeroDivisionError:
            raise RuntimeError("mid failed") from e
mid()
