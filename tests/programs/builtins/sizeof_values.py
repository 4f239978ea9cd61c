# sys.getsizeof and __sizeof__ for the values whose size CPython 3.12 fixes by the value
# alone (64-bit Linux): getsizeof is __sizeof__ plus the GC pre-header (16 bytes for
# tracked objects, 32 for instances with a __dict__).
import sys, types

class Plain:
    pass

class Slotted:
    __slots__ = ('a', 'b', 'c')

class Sized:
    def __sizeof__(self):
        return 100

def func():
    pass

def gen():
    x = yield 1

async def coro(a, b):
    c = a + b
    return c

mod = types.ModuleType('m')
values = [
    None, True, 0, 1, -5, 2 ** 30, 2 ** 100, -(2 ** 200), 1.5, 2j, ..., NotImplemented,
    '', 'a', 'abc', 'é', 'aé', 'é' * 10, '한', '한글', '😀', 'a😀', b'', b'abc',
    (), (1,), (1, 2, 3), [], [1, 2, 3], list(range(17)), {}, {'a': 1}, dict.fromkeys(range(6)),
    set(), {1, 2, 3}, set(range(20)), frozenset(range(5)), range(10), slice(1, 2),
    Plain(), Slotted(), Sized(), object(), func, mod, gen(), coro(1, 2),
]
for v in values:
    name = type(v).__name__
    print(f'{name:10} {sys.getsizeof(v):6} {v.__sizeof__():6}')
grow = []
for i in range(12):
    grow.append(i)
    print(len(grow), sys.getsizeof(grow), end='; ')
print()
print(sys.getsizeof(Sized()), sys.getsizeof(object(), 'default'))
values[-1].close()
