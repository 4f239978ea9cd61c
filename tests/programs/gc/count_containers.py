# Lists and dicts count towards generation 0 as in CPython (gc_alloc adds one, freeing one
# takes it back), so a loop making cycles of lists and dicts only is collected
# automatically, and a loop of short-lived dicts brings no collection.
import gc

gc.collect()
c0 = gc.get_count()
print("after collect", c0)
lists = [[] for _ in range(100)]
print("100 lists counted", 100 <= gc.get_count()[0] - c0[0] <= 110)
dicts = [{} for _ in range(100)]
print("100 dicts counted", 200 <= gc.get_count()[0] - c0[0] <= 215)
print("threshold", gc.get_threshold())

runs = []
found = []
def cb(phase, info):
    if phase == "stop":
        runs.append(info["generation"])
        found.append(info["collected"])

gc.collect()
gc.callbacks.append(cb)
# short-lived dicts and lists: freed at once, no collection (CPython: free lists)
for i in range(20000):
    d = {"i": i}
    l = [d, i]
print("short-lived: collections", len(runs))

# cycles of lists and dicts only: automatic collections free them
for i in range(20000):
    l = [i]
    l.append(l)
    d = {"i": i}
    d["d"] = d
del l, d
print("cycles: collected automatically", len(runs) > 5, sum(found) > 20000)
gc.callbacks.remove(cb)

# live lists count until a collection; disabling stops automatic collections
gc.collect()
gc.disable()
keep = [[i] for i in range(1500)]
print("disabled: count above threshold", gc.get_count()[0] >= 1500)
gc.enable()
del keep
print("collect", gc.collect() >= 0, "count", gc.get_count())
