import asyncio
import warnings

warnings.simplefilter("always")
w = asyncio.SafeChildWatcher()
w2 = asyncio.FastChildWatcher()
with warnings.catch_warnings(record=True) as got:
    warnings.simplefilter("always")
    asyncio.get_child_watcher()
    asyncio.set_child_watcher(None)
    class Mine(asyncio.AbstractChildWatcher):
        pass
print([str(x.message) for x in got])
print(type(w).__name__, w.is_active())
