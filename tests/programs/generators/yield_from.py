# yield from delegation: values, send, throw, return value
def inner():
    print("inner start")
    x = yield "i1"
    print("inner got", x)
    try:
        y = yield "i2"
        print("inner got", y)
    except KeyError as e:
        print("inner caught", repr(e))
        yield "recovered"
    return "inner result"
def outer():
    r = yield from inner()
    print("outer got result", r)
    yield "o-last"
g = outer()
print(next(g))
print(g.send("A"))
print(g.throw(KeyError("boom")))
print(next(g))
print(next(g, "end"))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x for x in [9]))))
def deep(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from deep(n - 1)
    yield f"level {n}"
    return r + 1
d = deep(3)
print(list(d))
def catcher():
    try:
        yield from inner()
    except GeneratorExit:
        print("outer closing")
        raise
c = catcher(); next(c)
c.close()
print("closed")
def yf_iter():
    r = yield from [1, 2]
    print("list delegate returned", r)
print(list(yf_iter()))
