# dis.dis of various functions printed to stdout, with dis.Bytecode / get_instructions views
# of the same code.
import dis


def simple(a, b):
    return a + b * 2


def loop(n):
    total = 0
    for i in range(n):
        if i % 2:
            continue
        total += i
    return total


def with_try(path):
    try:
        f = open(path)
    except OSError as e:
        return str(e)
    else:
        with f:
            return f.read()
    finally:
        print("done")


def closure():
    x = 1

    def inner():
        nonlocal x
        x += 1
        return x
    return inner


def gen(items):
    for item in items:
        yield item * 2
    yield from range(2)


async def coro(aw):
    async with aw as v:
        return await v


def comprehension(data):
    return [x for x in data if x], {k: v for k, v in data}


def matcher(cmd):
    match cmd:
        case ["go", direction]:
            return direction
        case {"x": x, **rest}:
            return x, rest
        case int() | float() as num if num > 0:
            return num
        case _:
            return None


for fn in [simple, loop, with_try, closure, closure(), gen, coro, comprehension, matcher]:
    print("=" * 20, fn.__qualname__)
    dis.dis(fn)

print("=" * 20, "instructions")
for ins in dis.get_instructions(simple):
    print(ins.opname, ins.arg, ins.argrepr, ins.offset, ins.starts_line, ins.is_jump_target)
bc = dis.Bytecode(loop)
print(bc.info())
print(len(list(bc)), bc.first_line)
print(dis.code_info(gen))
dis.show_code(simple)
print(dis.findlinestarts(simple.__code__))
print(list(dis.findlinestarts(loop.__code__)))
print(dis.findlabels(loop.__code__.co_code))
dis.dis("x = y + 1")
