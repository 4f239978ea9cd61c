# An AsyncMock passes for an `async def` function: inspect.iscoroutinefunction and
# asyncio.iscoroutinefunction say True (it carries a coroutine's __code__ and a function's
# __name__/__defaults__/__kwdefaults__/__annotations__), so code that picks `await` by
# asking works with it patched in; a MagicMock's children stay sync.
import asyncio
import inspect
from unittest.mock import AsyncMock, MagicMock, patch


async def fetch(x):
    return x


def run_maybe(f, *args):
    if asyncio.iscoroutinefunction(f):
        return asyncio.run(f(*args))
    return f(*args)


a = AsyncMock(return_value=5)
print(inspect.iscoroutinefunction(a), asyncio.iscoroutinefunction(a))
print(a.__name__, a.__defaults__, a.__kwdefaults__, a.__annotations__)
print(inspect.iscoroutinefunction(MagicMock()), asyncio.iscoroutinefunction(MagicMock().x))
print(run_maybe(a, 1))
with patch(__name__ + ".fetch") as fake:
    print(type(fake).__name__, inspect.iscoroutinefunction(fetch))
    fake.return_value = "patched"
    print(run_maybe(fetch, 2))
    fake.assert_awaited_once_with(2)
print(run_maybe(fetch, 3))
print(run_maybe(MagicMock(return_value="sync"), 4))
