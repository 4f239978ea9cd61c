# Cycles through a suspended generator's frame: the generator refers to itself from a local,
# a coroutine holds an object that holds the coroutine; gc.get_referrers still finds the
# suspended generator (or its frame) that refers to an object.
import gc
import weakref


class Box:
    def __init__(self, name):
        self.name = name
        self.ref = None

    def __del__(self):
        print('del', self.name)


def gen(box):
    me = box
    yield 1
    yield me


def run():
    gc.collect()
    # 1. generator -> frame local -> box -> generator
    b = Box('g1')
    g = gen(b)
    next(g)
    b.ref = g
    w = weakref.ref(b, lambda r: print('weakref callback g1'))
    del b, g
    print('collected', gc.collect() > 0, w() is None)

    # 2. a coroutine suspended in an await, holding itself through a box
    class Aw:
        def __await__(self):
            yield 'x'

    async def coro(box):
        keep = box
        await Aw()
        return keep

    b = Box('c1')
    c = coro(b)
    c.send(None)
    b.ref = c
    del b, c
    print('collected', gc.collect() > 0)

    # 4. gc.get_referents of a suspended generator still shows its frame's contents path
    b = Box('g3')
    g = gen(b)
    next(g)
    print('referrers of box include generator:',
          any(r is g for r in gc.get_referrers(b)) or
          any(type(r).__name__ == 'frame' for r in gc.get_referrers(b)))
    del g, b
    gc.collect()

    # 5. a finished generator and a never-started one in cycles
    b = Box('g4')
    g = gen(b)
    b.ref = g
    del b, g
    print('collected', gc.collect() > 0)


run()
print('end')
