# bench: memory per suspended task: resident set growth with 100,000 tasks all waiting on
# one Event (each a Task, its coroutine frame and its wake-up callback), read from
# /proc/self/status (Linux). stdout: the task count (compared across implementations);
# stderr: the bytes per task, rounded to 100 (bench/asyncio_run.sh reports it).
import asyncio
import sys

def rss():
    with open('/proc/self/status') as f:
        for line in f.read().splitlines():
            if line.startswith('VmRSS:'):
                return int(line.split()[1]) * 1024
    return 0

async def waiter(event):
    await event.wait()

async def main(n):
    event = asyncio.Event()
    await asyncio.sleep(0)
    before = rss()
    tasks = [asyncio.create_task(waiter(event)) for _ in range(n)]
    await asyncio.sleep(0)  # every task has run its first step and is suspended
    after = rss()
    event.set()
    await asyncio.gather(*tasks)
    per_task = (after - before) / n
    print(n, 'tasks suspended and woken')
    sys.stderr.write(f'bytes per suspended task: {round(per_task, -2):.0f}\n')

asyncio.run(main(100_000))
