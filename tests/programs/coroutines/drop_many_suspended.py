# Dropping a list of many suspended coroutines closes each of them (their finally blocks
# run) without nesting one close inside the previous one: no RecursionError
# ("Exception ignored in: <coroutine ...>") past the recursion limit's worth of them.
log = []


class Y:
    def __await__(self):
        try:
            yield
        finally:
            log.append("inner")


async def w(i):
    try:
        await Y()
    finally:
        log.append(i)


def make(n):
    cs = []
    for i in range(n):
        c = w(i)
        c.send(None)
        cs.append(c)
    return len(cs)


print(make(5000))
print(len(log), log.count("inner"))
print(sorted(x for x in log if x != "inner") == list(range(5000)))
print(all(log[k] == "inner" for k in range(0, len(log), 2)))
