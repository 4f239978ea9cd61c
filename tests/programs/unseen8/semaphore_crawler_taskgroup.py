# pydive-flags: --virtual-time
import asyncio
import random

PAGES = {
    "/": ["/a", "/b", "/c"],
    "/a": ["/a/1", "/a/2", "/b"],
    "/b": ["/b/1", "/"],
    "/c": ["/c/1", "/missing"],
    "/a/1": [], "/a/2": ["/a/1"], "/b/1": [], "/c/1": ["/c"],
}

class FetchError(Exception):
    def __init__(self, url, status):
        super().__init__(url, status)
        self.url = url
        self.status = status
    def __str__(self):
        return f"{self.url}: HTTP {self.status}"

active = 0
peak = 0

async def fetch(url, delay):
    global active, peak
    active += 1
    peak = max(peak, active)
    try:
        await asyncio.sleep(delay)
        if url not in PAGES:
            raise FetchError(url, 404)
        return PAGES[url]
    finally:
        active -= 1

async def crawl(root, limit):
    sem = asyncio.Semaphore(limit)
    seen = {root}
    order = []
    errors = []
    rng = random.Random(7)
    delays = {}
    async def visit(url, tg):
        async with sem:
            d = delays.setdefault(url, round(0.005 * rng.randint(1, 6), 3))
            try:
                links = await fetch(url, d)
            except FetchError as e:
                errors.append(str(e))
                return
        order.append(url)
        for link in links:
            if link not in seen:
                seen.add(link)
                tg.create_task(visit(link, tg), name=f"visit {link}")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(visit(root, tg))
    return order, errors

async def main():
    order, errors = await crawl("/", 2)
    print(sorted(order))
    print(errors, "peak", peak)
    sem = asyncio.BoundedSemaphore(1)
    print(repr(sem).split(" at ")[0].startswith("<asyncio.locks.BoundedSemaphore"), sem.locked())
    async with sem:
        print(sem.locked(), repr(sem).endswith('[locked]>'))
    try:
        sem.release()
    except ValueError as e:
        print("ValueError", e)
    s = asyncio.Semaphore(0)
    print(repr(s).split("[")[1])
    w = asyncio.create_task(s.acquire())
    await asyncio.sleep(0)
    print(repr(s).split("[")[1])
    s.release()
    await w
    print(repr(s).split("[")[1], w.result())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(e)

asyncio.run(main())
