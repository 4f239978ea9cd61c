import asyncio
import os
import signal

async def worker(name, stop):
    n = 0
    while not stop.is_set():
        n += 1
        await asyncio.sleep(0.01)
    print(f"{name} stopped after work")
    return name

async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    seen = []
    def on_signal(signame):
        seen.append(signame)
        print("got", signame)
        if signame == "SIGTERM":
            stop.set()
    loop.add_signal_handler(signal.SIGUSR1, on_signal, "SIGUSR1")
    loop.add_signal_handler(signal.SIGTERM, on_signal, "SIGTERM")
    tasks = [asyncio.create_task(worker(f"w{i}", stop)) for i in range(2)]
    await asyncio.sleep(0.005)
    os.kill(os.getpid(), signal.SIGUSR1)
    print("sent SIGUSR1")
    loop.call_soon(print, "call_soon after kill")
    await asyncio.sleep(0)
    print("one turn later")
    await asyncio.sleep(0)
    print("two turns later")
    await asyncio.sleep(0.02)
    loop.call_later(0.01, os.kill, os.getpid(), signal.SIGTERM)
    print(await asyncio.gather(*tasks))
    print(seen)
    print(loop.remove_signal_handler(signal.SIGUSR1), loop.remove_signal_handler(signal.SIGUSR1))
    print(signal.getsignal(signal.SIGUSR1))
    try:
        loop.add_signal_handler(signal.SIGKILL, print)
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        loop.add_signal_handler(999, print)
    except ValueError as e:
        print("ValueError", e)
    try:
        loop.add_signal_handler("x", print)
    except TypeError as e:
        print("TypeError", e)
    try:
        loop.add_signal_handler(signal.SIGUSR2, worker)
    except TypeError as e:
        print("TypeError", e)
    # a handler added, then cancelled-by-handle semantics: remove via remove_signal_handler
    ev = asyncio.Event()
    loop.add_signal_handler(signal.SIGUSR2, ev.set)
    signal.raise_signal(signal.SIGUSR2)
    await ev.wait()
    print("SIGUSR2 handled by Event.set")
    # SIGINT through the loop instead of KeyboardInterrupt
    loop.add_signal_handler(signal.SIGINT, print, "SIGINT via loop")
    os.kill(os.getpid(), signal.SIGINT)
    await asyncio.sleep(0.01)
    print(loop.remove_signal_handler(signal.SIGINT))
    print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)

asyncio.run(main())
print(signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGUSR2))
