# generator methods, __iter__ as a generator, generator closures over self
class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)
t = Tree(1, Tree(2, Tree(4)), Tree(3, Tree(5), Tree(6)))
print(list(t), sum(t), max(t))
for d, v in t.depth_first():
    print("  " * d + str(v))
class Bank:
    def __init__(self): self.balance = 0
    def deposits(self):
        while True:
            amount = yield self.balance
            self.balance += amount
b = Bank()
d = b.deposits()
next(d)
print(d.send(10), d.send(5), b.balance, d.__qualname__)
