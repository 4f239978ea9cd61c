# sorted()/list.sort() on keys of one Python class: CPython's unsafe_object_compare calls the
# class's __lt__, and when it answers NotImplemented the whole rich comparison (__lt__ again,
# then the reflected __gt__). Keys of mixed classes go straight to the rich comparison.
calls = []


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        calls.append(("lt", self.v, other.v))
        return NotImplemented

    def __gt__(self, other):
        calls.append(("gt", self.v, other.v))
        return self.v > other.v


class L(K):
    pass


print([k.v for k in sorted([K(3), K(1), K(2), K(5), K(4)])])
print(len(calls), calls)
calls.clear()

items = [K(2), K(1), K(3)]
items.sort(reverse=True)
print([k.v for k in items], calls)
calls.clear()

print([k.v for k in sorted([K(2), L(1), K(3)])], calls)
calls.clear()


class Plain:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        calls.append(("lt", self.v, other.v))
        return self.v < other.v


print([p.v for p in sorted([Plain(2), Plain(1), Plain(3)])], calls)
calls.clear()


class OnlyGt:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        calls.append(("gt", self.v, other.v))
        return self.v > other.v


print([p.v for p in sorted([OnlyGt(2), OnlyGt(1), OnlyGt(3)])], calls)
calls.clear()


class Never:
    def __lt__(self, other):
        calls.append("lt")
        return NotImplemented


try:
    sorted([Never(), Never()])
except TypeError as e:
    print(e, calls)
calls.clear()
print(sorted([K(2), K(1)], key=lambda k: k.v)[0].v, calls)
