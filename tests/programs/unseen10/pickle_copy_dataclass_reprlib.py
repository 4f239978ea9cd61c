import pickle, copy, dataclasses, reprlib, pickletools
from dataclasses import dataclass, field, InitVar, KW_ONLY

class Account:
    def __init__(self, owner, balance=0):
        self.owner, self.balance = owner, balance
        self._log = ["open"]
    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_log"]
        return state
    def __setstate__(self, state):
        self.__dict__.update(state)
        self._log = ["restored"]
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance}, {self._log})"
a = Account("ann", 10)
for proto in (0, 2, 4, 5):
    b = pickle.loads(pickle.dumps(a, protocol=proto))
    print(proto, b)
print(copy.copy(a), copy.deepcopy(a))

class Slots:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
s = Slots()
s2 = pickle.loads(pickle.dumps(s)); s3 = copy.deepcopy(s)
print(s2.a, hasattr(s2, "b"), s3.a is s.a, copy.copy(s).a is s.a)

def local():
    class Inner:
        pass
    return Inner()
for obj in (lambda: 1, local(), (x for x in []), open):
    try:
        pickle.dumps(obj)
    except (pickle.PicklingError, TypeError, AttributeError) as e:
        print(type(e).__name__, str(e).replace(__name__, "M"))
try:
    pickle.loads(b"garbage")
except pickle.UnpicklingError as e:
    print("UnpicklingError:", e)
try:
    pickle.loads(b"")
except EOFError as e:
    print("EOFError:", e)
data = {"nums": [1, 2.5, 3j, 10**30], "t": (None, True), "s": {1}, "fs": frozenset("a"), "b": b"x", "ba": bytearray(b"y")}
print(pickle.loads(pickle.dumps(data)) == data, pickle.loads(pickle.dumps(data, 0)) == data)
shared = [1]
outer = [shared, shared]
o2 = pickle.loads(pickle.dumps(outer)); print(o2[0] is o2[1])
rec = []; rec.append(rec); r2 = pickle.loads(pickle.dumps(rec)); print(r2[0] is r2, repr(r2))
print(pickle.dumps(42, 2), pickle.dumps("hi", 0), pickle.dumps((1, 2), 4))
pickletools.dis(pickle.dumps([1, "a"], 2))

@dataclass(frozen=True, slots=True)
class P:
    x: int
    y: int = 0
p = P(1)
try:
    p.x = 5
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del p.y
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(p, hash(p) == hash(P(1)), P.__slots__, pickle.loads(pickle.dumps(p)), copy.replace(p, y=3) if hasattr(copy, "replace") else dataclasses.replace(p, y=3))

@dataclass
class Order:
    item: str
    _: KW_ONLY
    qty: int = 1
    price: float = 0.0
    discount: InitVar[float] = 0.0
    total: float = field(init=False)
    def __post_init__(self, discount):
        self.total = round(self.qty * self.price * (1 - discount), 2)
o = Order("pen", qty=3, price=1.5, discount=0.1)
print(o, dataclasses.astuple(o), dataclasses.fields(o)[-1].name, dataclasses.is_dataclass(o))
try:
    Order("pen", 3)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError:", e)
Dyn = dataclasses.make_dataclass("Dyn", [("a", int), ("b", str, field(default="z"))], namespace={"hi": lambda self: "hi " + self.b})
print(Dyn(1), Dyn(1).hi(), repr(Dyn.__init__.__qualname__))
@dataclass(eq=False, repr=False)
class Plain:
    v: int
print(Plain(1) == Plain(1), "Plain object" in repr(Plain(1)))

r = reprlib.Repr(); r.maxlist = 3; r.maxstring = 10
print(r.repr(list(range(10))), r.repr("x" * 50), reprlib.repr({i: i for i in range(20)}), reprlib.repr(set(range(20))))
class Tree:
    def __init__(self):
        self.kids = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Tree({self.kids})"
t = Tree(); t.kids.append(t); print(t)
d = {}; d["self"] = d; l = [1]; l.append([l]); print(d, l)
