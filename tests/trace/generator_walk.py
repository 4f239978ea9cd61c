# A generator's frame suspended and resumed: YIELD_VALUE hands a value out, send() pushes one
# back in; `yield from` is a SEND loop over the sub-generator.
def inner():
    got = yield 1
    return got * 2

def outer():
    r = yield from inner()
    yield r

g = outer()
print(next(g))
print(g.send(21))
