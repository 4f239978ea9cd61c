# Set algebra and comparisons whose keys' __eq__ clears or refills the sets being combined:
# CPython copes (bpo-46615); the result is whatever the surviving keys give, never a crash.
import random


def run(seed, op):
    rng = random.Random(seed)
    state = {"on": False}

    class Bad:
        def __eq__(self, other):
            if not state["on"]:
                return False
            if rng.randrange(20) == 0:
                set1.clear()
            if rng.randrange(20) == 0:
                set2.clear()
            return bool(rng.randrange(2))

        def __hash__(self):
            return rng.randrange(2)

    set1 = {Bad() for _ in range(rng.randrange(50))}
    set2 = {Bad() for _ in range(rng.randrange(50))}
    state["on"] = True
    try:
        op(set1, set2)
    except RuntimeError as e:
        return "changed size during iteration" in str(e)
    return True


def iand(a, b):
    a &= b


def isub(a, b):
    a -= b


def ixor(a, b):
    a ^= b


ops = {
    "&": lambda a, b: a & b, "|": lambda a, b: a | b, "-": lambda a, b: a - b,
    "^": lambda a, b: a ^ b, "==": lambda a, b: a == b, "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b, ">=": lambda a, b: a >= b, "&=": iand, "-=": isub,
    "^=": ixor, "issubset": lambda a, b: a.issubset(b),
    "difference": lambda a, b: a.difference(b),
    "intersection": lambda a, b: a.intersection(b),
    "symmetric_difference_update": lambda a, b: a.symmetric_difference_update(b),
    "discard": lambda a, b: [a.discard(x) for x in list(b)],
    "in": lambda a, b: [x in a for x in list(b)],
}
for name, op in ops.items():
    print(name, all(run(seed, op) for seed in range(60)))


# A key whose __eq__ empties the set while it is being looked up: the lookup starts over.
class Clears:
    def __init__(self, target):
        self.target = target

    def __hash__(self):
        return 1

    def __eq__(self, other):
        self.target.clear()
        return True


s = set()
s.add(Clears(s))
print(Clears(s) in s, len(s))
