import asyncio
import sys


async def run_py(code, stdin=None):
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", code,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE)
    out, err = await proc.communicate(stdin)
    return proc.returncode, out.decode(), err.decode().splitlines()[-1:] 


async def main():
    results = await asyncio.gather(
        run_py("print('child says hi')"),
        run_py("import sys; print(sys.stdin.read().upper())", b"shout"),
        run_py("raise SystemExit(5)"),
        run_py("1/0"),
    )
    for r in results:
        print(r)
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-u", "-c",
        "import time\nfor i in range(3):\n    print('tick', i, flush=True)\n    time.sleep(0.01)",
        stdout=asyncio.subprocess.PIPE)
    async for line in proc.stdout:
        print("streamed:", line.decode().strip())
    print("exit", await proc.wait())


asyncio.run(main())
