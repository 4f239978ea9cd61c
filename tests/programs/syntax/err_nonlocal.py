def f():
    def g():
        nonlocal q
    return g
