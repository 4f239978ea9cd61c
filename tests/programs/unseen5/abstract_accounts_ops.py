# A bank-account hierarchy on abc: abstract methods, properties and the deprecated
# abstractproperty; operator functions kept in a dispatch table (their reprs show).
import abc, operator, functools, heapq, bisect
class Account(abc.ABC):
    def __init__(self, owner, balance=0):
        self.owner, self._balance = owner, balance
    @abc.abstractproperty
    def kind(self): ...
    @property
    @abc.abstractmethod
    def rate(self): ...
    @abc.abstractmethod
    def monthly(self): ...
    @property
    def balance(self): return self._balance
    def deposit(self, amt):
        if amt <= 0: raise ValueError("deposit must be positive")
        self._balance += amt
        return self
    def __repr__(self): return f"{type(self).__name__}({self.owner!r}, {self._balance})"
class Savings(Account):
    kind = "savings"
    rate = 0.02
    def monthly(self): return round(self._balance * self.rate / 12, 2)
class Checking(Account):
    kind = "checking"
class Broken(Account):
    @property
    def kind(self): return "broken"
    def monthly(self): return 0
for cls in (Account, Savings, Checking, Broken):
    try:
        a = cls("ann", 1200)
        print("made", a, a.kind, a.monthly())
    except TypeError as e:
        print(type(e).__name__ + ":", e)
print(sorted(Account.__abstractmethods__), sorted(Checking.__abstractmethods__), Savings.__abstractmethods__)
print(Account.__dict__["kind"].__isabstractmethod__, isinstance(Account.__dict__["kind"], property), Account.__dict__["rate"].__isabstractmethod__)
class P(property):
    __isabstractmethod__ = True
    tag = "mine"
    fget = "shadowed"
p = P(lambda self: 1)
print(p.__isabstractmethod__, p.tag, p.fget, P.fget, property(lambda s: 1).__isabstractmethod__)
class MyList(list):
    sort = "not a method"
    append = None
ml = MyList([3, 1])
print(ml.sort, ml.append, ml.copy(), type(ml.copy()).__name__)

ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "^": operator.pow}
print(ops)
print(operator.add, functools.reduce, heapq.heappush, bisect.bisect_left, operator.itemgetter(1))
def calc(tokens):
    stack = []
    for t in tokens.split():
        if t in ops:
            b, a = stack.pop(), stack.pop()
            stack.append(ops[t](a, b))
        else:
            stack.append(float(t))
    return stack.pop()
for expr in ["3 4 +", "2 3 ^ 1 -", "10 4 /", "1 0 /"]:
    try:
        print(expr, "=", calc(expr))
    except ZeroDivisionError as e:
        print(expr, "!", e)
accounts = [Savings("bob", 50), Savings("cy", 5000), Savings("al", 700)]
print(functools.reduce(operator.add, (a.balance for a in accounts)), max(accounts, key=operator.attrgetter("balance")))
