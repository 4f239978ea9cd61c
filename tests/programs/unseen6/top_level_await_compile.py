# compile(..., flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT), as asyncio's REPL uses it:
# source with a top-level await/async for/async with compiles to a code object
# flagged CO_COROUTINE; eval() of it gives a coroutine to run on a loop.
import ast
import asyncio
import inspect

FLAG = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
print("flag", hex(FLAG))


def kind(co):
    return [n for n in ("COROUTINE", "GENERATOR", "ASYNC_GENERATOR")
            if co.co_flags & getattr(inspect, "CO_" + n)]


class Res:
    async def __aenter__(self):
        print("  enter")
        return "res"

    async def __aexit__(self, *exc):
        print("  exit", exc[0])


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


sources = [
    ("plain", "x = 1 + 1", "exec"),
    ("await", "x = await asyncio.sleep(0, 'slept')", "exec"),
    ("async for", "x = []\nasync for v in agen(3):\n    x.append(v)", "exec"),
    ("async with", "async with Res() as r:\n    x = r * 2", "exec"),
    ("async comp", "x = [v async for v in agen(2)]", "exec"),
    ("await in comp", "x = {v: await asyncio.sleep(0, v * v) for v in range(3)}", "exec"),
    ("async genexp", "x = (v async for v in agen(2))", "exec"),
    ("eval await", "await asyncio.sleep(0, 'ev')", "eval"),
    ("eval plain", "40 + 2", "eval"),
]
for label, src, mode in sources:
    co = compile(src, "<tla>", mode, flags=FLAG)
    ns = {"asyncio": asyncio, "agen": agen, "Res": Res}
    print(label, co.co_name, kind(co))
    r = eval(co, ns)
    if inspect.iscoroutine(r):
        print("  coroutine", r.cr_code is co, r.cr_frame.f_code.co_name)
        r = asyncio.run(r)
    x = ns.get("x", r)
    print("  ->", type(x).__name__ if inspect.isasyncgen(x) else x)

bad = [
    "def f():\n    await g()",
    "def f():\n    async for i in g(): pass",
    "return 5",
    "yield 1",
    "class C:\n    await g()",
    "lambda: await g()",
]
for src in bad:
    try:
        compile(src, "<bad>", "exec", flags=FLAG)
        print("compiled", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
try:
    compile("await g()", "<nf>", "exec")
except SyntaxError as e:
    print("without flag:", e.msg)

co = compile("print('side', await asyncio.sleep(0, 7))", "<x>", "exec", flags=FLAG)
ns = {"asyncio": asyncio}
coro = eval(co, ns)
print(type(coro).__name__, inspect.getcoroutinestate(coro))
try:
    coro.send(None)
    coro.send(None)
except StopIteration as e:
    print("done", e.value)
print(inspect.getcoroutinestate(coro))
