# Control flow, functions, classes, generators, exceptions.
import contextlib


def branches(a, b=1, *args, c, d=2, **kw) -> int:
    if a:
        return 1
    elif b:
        pass
    else:
        a = 2
    while a < 10:
        a += 1
        if a == 5:
            continue
        if a == 7:
            break
    else:
        a = 0
    for i in range(3):
        a += i
    return a


def closures():
    counter = 0

    def inc(step=1):
        nonlocal counter
        counter += step
        return counter

    return inc, lambda: counter


def gen(n):
    yield n
    x = yield from range(n)
    return x


def comprehensions(xs):
    squares = [x * x for x in xs if x]
    evens = {x for x in xs if x % 2 == 0}
    pairs = {x: y for x, y in zip(xs, xs)}
    total = sum(x for x in xs)
    return squares, evens, pairs, total


def exceptions(f):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(e)
    except Exception:
        raise RuntimeError("bad") from None
    else:
        print("ok")
    finally:
        print("done")
    try:
        f()
    except* OSError:
        pass
    with open(f) as fh, contextlib.suppress(KeyError):
        fh.read()
    assert f, "message"


class Base:
    attr: int = 3

    def method(self):
        return self.attr


class Child(Base):
    def method(self):
        return super().method() + super(Child, self).method()

    @property
    def prop(self):
        return self.method()

    @staticmethod
    def static(*, key):
        global GLOBAL
        GLOBAL = key
        del GLOBAL


async def coroutine(session):
    async with session as s:
        async for item in s:
            await item
    return [await x async for x in session]


def matching(command):
    match command:
        case ["go", direction]:
            return direction
        case {"key": value, **rest}:
            return value, rest
        case Base(attr=3) | Child():
            return "base"
        case str() as text if text:
            return text
        case 1 | 2 | None:
            return "small"
        case _:
            return None


def generic[T](x: T) -> T:
    return x


type Alias = list[int]
