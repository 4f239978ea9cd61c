# set.__reduce__ (type, (list of items,), state): copy.deepcopy and pickle rebuild sets and
# frozensets, their subclasses and instance attributes, with their items; an exact
# frozenset's copy() is itself.
import copy
import pickle


class Tracer:
    def __init__(self, value):
        self.value = value

    def __hash__(self):
        return self.value

    def __eq__(self, other):
        return isinstance(other, Tracer) and self.value == other.value

    def __deepcopy__(self, memo=None):
        return Tracer(self.value + 1)


for kind in (set, frozenset):
    s = kind([Tracer(10), Tracer(20)])
    dup = copy.deepcopy(s)
    print(kind.__name__, type(dup).__name__, sorted(t.value for t in dup), dup is s)
    print(copy.deepcopy(kind([1, (2, 3)])) == kind([1, (2, 3)]))
    print(kind([5]).__reduce__(), kind([5]).__reduce_ex__(2))


class Tagged(frozenset):
    pass


t = Tagged([3, 1, 2])
t.tag = "x"
r = t.__reduce__()
print(r[0].__name__, sorted(r[1][0]), r[2])
d = copy.deepcopy(t)
print(type(d).__name__, sorted(d), d.tag)
p = pickle.loads(pickle.dumps(t))
print(type(p).__name__, sorted(p), p.tag)
print(sorted(pickle.loads(pickle.dumps({1, 2, 3}))))

f = frozenset([1, 2])
print(f.copy() is f, t.copy() is t, type(t.copy()).__name__)
s = {1, 2}
print(s.copy() is s, copy.copy(f) is f)

# a set nested in itself through an object survives deepcopy
class Node:
    pass


n = Node()
n.peers = {1, 2}
n.me = n
m = copy.deepcopy(n)
print(m.me is m, sorted(m.peers), m.peers is n.peers)
