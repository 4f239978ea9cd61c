# uncaught: markers under a call and under an attribute access, multi-line expression
def inner(o):
    return o.method(1, 2)
def outer():
    return (inner(
        None))
outer()
