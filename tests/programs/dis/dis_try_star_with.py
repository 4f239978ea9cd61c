import dis
def star():
    try:
        work()
    except* ValueError as eg:
        print(eg)
    except* TypeError:
        pass
def nested_with(a, b):
    with a as x, b as y:
        with x:
            return y
async def awith(a):
    async with a as x:
        return x
def loop_try():
    for i in range(3):
        try:
            if i:
                continue
            break
        finally:
            print(i)
dis.dis(star)
dis.dis(nested_with)
dis.dis(awith)
dis.dis(loop_try)
