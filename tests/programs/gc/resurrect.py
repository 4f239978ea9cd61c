import gc

gc.collect()
saved = []

class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
        saved.append(self)

# __del__ stores the object: it survives the collection, and __del__ never runs again
a = Phoenix("a")
a.me = a
del a
print("collected:", gc.collect())
print("saved:", [p.name for p in saved])
print("collected again:", gc.collect())
saved.clear()
print("after clear:", gc.collect())

# a resurrected object keeps what it refers to
class Box:
    pass

b = Phoenix("b")
box = Box()
box.b = b
b.box = box
b.data = [1, 2, 3]
del b, box
print("collected:", gc.collect())
print("data kept:", saved[0].data, type(saved[0].box).__name__)
saved.clear()
gc.collect()

# exceptions kept with their traceback: frame <-> traceback cycles
class Tracked:
    def __del__(self):
        print("Tracked freed")

def fail():
    t = Tracked()
    raise ValueError("boom")

def catch():
    try:
        fail()
    except ValueError as e:
        err = e
    return err

e = catch()
print(type(e).__name__, e)
del e
print("collected:", gc.collect())

# gc.get_referrers / get_referents
class Item:
    pass
holder = Item()
item = Item()
holder.item = item
print("referrers:", any(r is holder.__dict__ or r is holder for r in gc.get_referrers(item)))
print("referents:", item in gc.get_referents(holder.__dict__))
print("end")
