srcs = [
    "await x",
    "def f():\n    await x",
    "async def f():\n    yield from x",
    "async def f():\n    yield 1\n    return 2",
    "[(yield) for x in y]",
    "def f():\n    [(yield x) for x in y]",
    "def f():\n    return [x async for x in y]",
    "def f():\n    async with x: pass",
    "def f():\n    async for i in x: pass",
    "async def f():\n    def g():\n        await z",
    "yield 5",
    "class C:\n    yield 1",
    "async def f():\n    x = [await y for y in z]\n    return {k: await v async for k, v in w}",
    "def f():\n    return (await y for y in z)",
    "async def f():\n    nonlocal q",
    "def g():\n    x = 1\n    def h():\n        nonlocal x\n        global x",
    "lambda: (yield)",
    "lambda: await x",
    "async lambda: 1",
    "def f(): yield = 3",
    "f = lambda: (yield from range(3))",
    "async def f():\n    async with a as b, c as (d, e):\n        pass",
    "def f():\n    x = yield\n    del (yield)",
    "async def f():\n    return [i async for i in aiter() if await i]",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return 'const'",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return x + 1",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return (\n  1)",
    "for i in x:\n    try:\n        pass\n    except* ValueError:\n        break",
    "for i in x:\n    try:\n        pass\n    except* ValueError:\n        continue",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        for i in x:\n            break\n        return None",
]
for s in srcs:
    for mode in ("exec",):
        try:
            c = compile(s, "<probe>", mode)
            print("OK  ", repr(s[:40]), hex(c.co_flags))
            for k in c.co_consts:
                if hasattr(k, "co_flags"):
                    print("     ", k.co_name, hex(k.co_flags))
        except SyntaxError as e:
            print("ERR ", repr(s[:40]), "|", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
