from abc import ABC, abstractmethod
from decimal import Decimal, ROUND_HALF_UP
import functools

class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available

@functools.total_ordering
class Account(ABC):
    _next_id = 1000
    def __init__(self, owner, balance=Decimal("0")):
        self.owner = owner
        self._balance = Decimal(balance)
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    @property
    def balance(self):
        return self._balance.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        self._balance = Decimal(value)

    @balance.deleter
    def balance(self):
        raise AttributeError("can't delete balance")

    @abstractmethod
    def monthly_fee(self): ...

    def deposit(self, amount):
        amount = Decimal(amount)
        if amount <= 0:
            raise ValueError(f"invalid amount {amount!r}")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        amount = Decimal(amount)
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def __repr__(self):
        return f"{type(self).__name__}(owner={self.owner!r}, balance={self.balance})"

    def __eq__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return self.balance == other.balance

    def __lt__(self, other):
        return self.balance < other.balance

    def __hash__(self):
        return hash(self.id)

class Checking(Account):
    def monthly_fee(self):
        return Decimal("2.50") if self._balance < 500 else Decimal(0)

class Savings(Account):
    rate = Decimal("0.0125")
    def monthly_fee(self):
        return Decimal(0)
    def add_interest(self):
        interest = (self._balance * self.rate / 12)
        self.deposit(interest)
        return interest

try:
    Account("x")
except TypeError as e:
    print("TypeError:", e)

a = Checking("alice", "120.456")
b = Savings("bob", 1000)
c = Checking("carol")
print(a, b, c, sep="\n")
a.deposit("10.10").withdraw(5)
print(repr(a), a.history)
print(b.add_interest())
print(b.balance, f"{b.balance:>12,.2f}", "%-10s|" % b.owner)
try:
    c.withdraw(1)
except InsufficientFunds as e:
    print(type(e).__name__, e, e.args, e.needed)
try:
    del a.balance
except AttributeError as e:
    print("AttributeError:", e)
try:
    a.balance = -1
except ValueError as e:
    print(e)
try:
    a.deposit(-3)
except ValueError as e:
    print(e)
accts = sorted([a, b, c])
print(accts)
print(max(accts), a >= c, a <= b, a == 3)
print({a, b, c} == {c, b, a})
for acct in accts:
    print(f"{acct.id:05d} {acct.owner:<8}{acct.monthly_fee():>6}")
print(Checking.__mro__)
print(Account.__abstractmethods__)
print(vars(c).keys())
try:
    a.deposit("abc")
except Exception as e:
    print(type(e).__name__, e)
print(Decimal("1.005").quantize(Decimal("0.01")), round(Decimal("2.675"), 2), Decimal(1) / Decimal(7))
