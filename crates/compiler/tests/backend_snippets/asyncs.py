import asyncio
async def main():
    await asyncio.sleep(0)
async def agen():
    yield 1
def gen(n):
    yield from range(n)
    x = yield
    return x
class K:
    x: int = 1
    y: "str"
z: list[int] = []
global_var = 1
def outer():
    cell = 1
    def inner():
        nonlocal cell
        cell += 1
        return cell
    return inner
type Alias = list[int]
def generic[T](x: T) -> T:
    return x
