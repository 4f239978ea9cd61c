import asyncio
import os
import sys
from asyncio.subprocess import PIPE, STDOUT, DEVNULL


async def run(cmd):
    proc = await asyncio.create_subprocess_shell(cmd, stdout=PIPE, stderr=PIPE)
    out, err = await proc.communicate()
    return cmd, proc.returncode, out.decode(), err.decode()


async def main():
    # several commands at once; results in submission order
    for r in await asyncio.gather(run("echo one"), run("echo two >&2; exit 2"), run("printf three")):
        print(r)

    # stream lines as they come
    proc = await asyncio.create_subprocess_exec(
        sys.executable if False else "sh", "-c", "for i in 1 2 3; do echo line $i; done",
        stdout=PIPE)
    while True:
        line = await proc.stdout.readline()
        if not line:
            break
        print("read:", line)
    print("exit:", await proc.wait(), proc.returncode)

    # stderr merged into stdout
    proc = await asyncio.create_subprocess_shell("echo out; echo err >&2", stdout=PIPE, stderr=STDOUT)
    out, err = await proc.communicate()
    print(sorted(out.split()), err, proc.stderr)

    # DEVNULL and no pipes
    proc = await asyncio.create_subprocess_exec("sh", "-c", "echo hidden; exit 7", stdout=DEVNULL)
    print(proc.stdin, proc.stdout, proc.stderr, await proc.wait())
    print(await proc.communicate())

    # stdin by hand
    proc = await asyncio.create_subprocess_exec("tr", "a-z", "A-Z", stdin=PIPE, stdout=PIPE)
    proc.stdin.write(b"shout this\n")
    await proc.stdin.drain()
    proc.stdin.close()
    await proc.stdin.wait_closed()
    print(await proc.stdout.read(), await proc.wait())

    # a large input goes through the write buffer
    data = b"x" * 300000 + b"\n"
    proc = await asyncio.create_subprocess_exec("wc", "-c", stdin=PIPE, stdout=PIPE)
    out, _ = await proc.communicate(data)
    print("wc:", out.strip(), proc.returncode)

    # kill a long-running child after a timeout
    proc = await asyncio.create_subprocess_exec("sleep", "5")
    try:
        await asyncio.wait_for(proc.wait(), 0.05)
    except TimeoutError:
        print("timed out; returncode", proc.returncode)
        proc.kill()
    print("after kill:", await proc.wait())
    proc = await asyncio.create_subprocess_exec("sleep", "5")
    proc.terminate()
    print("after terminate:", await proc.wait())

    # the child does not read its stdin
    proc = await asyncio.create_subprocess_exec("true", stdin=PIPE)
    print("true:", await proc.wait())

    # errors
    try:
        await asyncio.create_subprocess_exec("/nonexistent/program")
    except FileNotFoundError as e:
        print("FileNotFoundError:", e)
    for kw in ({"universal_newlines": True}, {"bufsize": 1}, {"text": True},
               {"encoding": "utf-8"}, {"errors": "strict"}, {"shell": True}):
        try:
            await asyncio.create_subprocess_exec("true", **kw)
        except ValueError as e:
            print("ValueError:", e)
    try:
        await asyncio.create_subprocess_shell(["echo"])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.create_subprocess_shell("true", shell=False)
    except ValueError as e:
        print("ValueError:", e)

    # environment and cwd pass through to Popen
    proc = await asyncio.create_subprocess_shell(
        'echo "$GREETING"; pwd', stdout=PIPE, env={"GREETING": "hi there", "PATH": os.environ["PATH"]},
        cwd="/")
    print(await proc.communicate())
    print(type(proc).__name__, repr(proc).startswith("<Process "))

    # async for over stdout
    proc = await asyncio.create_subprocess_exec("printf", "a\\nb\\nc", stdout=PIPE)
    print([line async for line in proc.stdout])
    await proc.wait()


asyncio.run(main())
print("done")
