import asyncio
import signal
import sys


async def main():
    proc = await asyncio.create_subprocess_exec(
        "echo", "hello from child", stdout=asyncio.subprocess.PIPE)
    out, err = await proc.communicate()
    print(out, err, proc.returncode)

    proc = await asyncio.create_subprocess_shell(
        "cat; exit 3", stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE)
    out, err = await proc.communicate(b"piped input")
    print(out, err, proc.returncode)

    proc = await asyncio.create_subprocess_exec("sh", "-c", "printf 'a\\nb\\n'", stdout=asyncio.subprocess.PIPE)
    lines = []
    async for line in proc.stdout:
        lines.append(line)
    print(lines, await proc.wait())

    loop = asyncio.get_running_loop()
    got = asyncio.Event()
    loop.add_signal_handler(signal.SIGUSR1, lambda: (print("got SIGUSR1"), got.set()))
    import os
    os.kill(os.getpid(), signal.SIGUSR1)
    await got.wait()
    print(loop.remove_signal_handler(signal.SIGUSR1))
    print(loop.remove_signal_handler(signal.SIGUSR1))


asyncio.run(main())
