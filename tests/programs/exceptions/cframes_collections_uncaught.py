# defaultdict/OrderedDict/deque are C in CPython; the default factory keeps its frame.
import collections

od = collections.OrderedDict(a=1)
print(od.popitem())


def factory():
    raise LookupError("no default")


d = collections.defaultdict(factory)
d["missing"]
