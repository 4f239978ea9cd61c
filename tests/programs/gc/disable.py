import gc

print(gc.isenabled())
print(gc.get_threshold())
gc.disable()
print(gc.isenabled())

deleted = []

class C:
    def __init__(self, i):
        self.i = i
        self.me = self
    def __del__(self):
        deleted.append(self.i)

# with the collector off, cycles stay until an explicit collect
for i in range(2000):
    C(i)
print("deleted while disabled:", len(deleted))
gc.collect()
print("deleted after collect:", len(deleted))

# enabled again: the automatic collection frees them as the loop runs
gc.enable()
deleted.clear()
for i in range(5000):
    C(i)
print("automatic collection ran:", len(deleted) > 1000)
gc.collect()
print("all collected:", len(deleted) == 5000)
print("sorted order:", deleted[:5])

gc.set_threshold(100, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.is_tracked(C(1)), gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]))
print(gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
print(type(gc.get_count()), len(gc.get_count()))
print(gc.garbage)
print([x for x in gc.get_referents([1, "a", (2,)]) if type(x) is tuple])

calls = []
def cb(phase, info):
    calls.append((phase, sorted(info)))
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(calls)
