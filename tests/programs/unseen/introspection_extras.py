# dis.stack_effect / opcode.stack_effect, opcode._nb_ops, frame.clear(),
# inspect.getasyncgenstate / getasyncgenlocals.
import asyncio
import dis
import inspect
import opcode
import sys


def effects(name, *args, **kw):
    try:
        return dis.stack_effect(dis.opmap[name], *args, **kw)
    except ValueError as e:
        return f"ValueError: {e}"


for name, arg in [("NOP", None), ("POP_TOP", None), ("BUILD_LIST", 3), ("BUILD_MAP", 2),
                  ("CALL", 2), ("LOAD_ATTR", 1), ("LOAD_GLOBAL", 1), ("UNPACK_SEQUENCE", 4),
                  ("FOR_ITER", 10), ("SEND", 4), ("BINARY_OP", 0), ("RETURN_VALUE", None),
                  ("SETUP_FINALLY", None), ("SETUP_WITH", None), ("JUMP", 4),
                  ("LOAD_METHOD", 0), ("FORMAT_VALUE", 4), ("BUILD_SLICE", 3)]:
    print(f"{name:16} {effects(name, arg)!s:>4} jump={effects(name, arg, jump=True)!s:>4} "
          f"no-jump={effects(name, arg, jump=False)!s:>4}")
print(effects("POP_TOP", 1))
print(effects("BUILD_LIST"))
print(effects("BUILD_LIST", 1, jump=1))
for bad in (0, 255, 300):
    try:
        print(dis.stack_effect(bad, 0))
    except ValueError as e:
        print(bad, e)
print(opcode.stack_effect(opcode.opmap["CALL"], 1), opcode.stack_effect is dis.stack_effect)


def depth_bound(func):
    # the stack depth a straight-line walk reaches never exceeds co_stacksize
    depth = peak = 0
    for ins in dis.get_instructions(func):
        if ins.opcode < dis.HAVE_ARGUMENT:
            depth += dis.stack_effect(ins.opcode)
        else:
            depth += dis.stack_effect(ins.opcode, ins.arg or 0, jump=False)
        peak = max(peak, depth)
    return peak <= func.__code__.co_stacksize


def sample(xs):
    return [x * 2 for x in xs if x], {k: v for k, v in zip(xs, xs)}, max(*xs, key=abs)


print(depth_bound(sample), depth_bound(depth_bound))
print(opcode._nb_ops[:3], len(opcode._nb_ops), opcode._nb_ops[13])


# frame.clear()
def running():
    try:
        sys._getframe().clear()
    except RuntimeError as e:
        print("clear:", e)


running()


def worker():
    try:
        yield 1
        yield 2
    finally:
        print("worker finally")


w = worker()
next(w)
w.gi_frame.clear()
print(inspect.getgeneratorstate(w), w.gi_frame)


def failing():
    big = list(range(5))
    raise KeyError(len(big))


try:
    failing()
except KeyError as e:
    frame = e.__traceback__.tb_next.tb_frame
    print(sorted(frame.f_locals))
    frame.clear()
    print(sorted(frame.f_locals))


# inspect.getasyncgenstate / getasyncgenlocals
async def ticker(n):
    step = n * 2
    for i in range(n):
        yield i, step


async def main():
    t = ticker(2)
    print(inspect.getasyncgenstate(t), inspect.getasyncgenlocals(t))
    print(await anext(t), inspect.getasyncgenstate(t), sorted(inspect.getasyncgenlocals(t)))
    await t.aclose()
    print(inspect.getasyncgenstate(t), inspect.getasyncgenlocals(t))
    try:
        inspect.getasyncgenlocals(worker())
    except TypeError as e:
        print("TypeError:", str(e).split(" object at")[0])


asyncio.run(main())
print(inspect.AGEN_CREATED, inspect.AGEN_RUNNING, inspect.AGEN_SUSPENDED, inspect.AGEN_CLOSED)
