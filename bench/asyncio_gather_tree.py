# bench: a gather tree: each node gathers its children (fan-out 4, depth 7 = 21,845 tasks),
# leaves sleep(0) twice; results flow back up through _GatheringFuture callbacks
import asyncio

async def node(depth, fanout):
    if depth == 0:
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        return 1
    counts = await asyncio.gather(*(node(depth - 1, fanout) for _ in range(fanout)))
    return sum(counts) + 1

print(asyncio.run(node(7, 4)))
