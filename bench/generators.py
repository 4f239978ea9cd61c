# bench: generator resumption, genexps and yield from
def gen(n):
    for i in range(n):
        yield i
def chain(n):
    yield from gen(n)
    yield from gen(n)
def main(n):
    a = sum(gen(n))
    b = sum(x * 2 for x in range(n))
    c = 0
    for v in chain(n // 2):
        c += v
    return a, b, c
print(main(400_000))
