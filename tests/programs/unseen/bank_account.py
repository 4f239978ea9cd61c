"""A bank account exercise: classes, properties, exceptions, __repr__, sorting."""


class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed:.2f}, have {available:.2f}")
        self.needed = needed
        self.available = available


class Account:
    _next_id = 1000
    interest_rate = 0.015

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"invalid amount: {amount!r}")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def __repr__(self):
        return f"Account({self.owner!r}, balance={self._balance:.2f})"

    def __str__(self):
        return f"#{self.id} {self.owner:<8} {self._balance:>10,.2f}"

    def __eq__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return self.id == other.id

    def __hash__(self):
        return hash(self.id)

    def __lt__(self, other):
        return self._balance < other._balance


class SavingsAccount(Account):
    interest_rate = 0.035

    def add_interest(self):
        interest = round(self.balance * self.interest_rate, 2)
        self.deposit(interest)
        return interest

    def __repr__(self):
        return "Savings" + super().__repr__()


accounts = [
    Account("alice", 120.5),
    SavingsAccount("bob", 5000),
    Account("carol"),
    SavingsAccount("dave", 1234567.891),
]
for a in accounts:
    print(a)
print(accounts)

accounts[2].deposit(50).deposit(25.25).withdraw(10)
print(accounts[2].history)
try:
    accounts[0].withdraw(500)
except InsufficientFunds as e:
    print("error:", e, e.needed, e.available, e.args)

try:
    accounts[0].deposit(-3)
except ValueError as e:
    print(type(e).__name__, e)

try:
    accounts[1].balance = -1
except ValueError as e:
    print(e)

for a in accounts:
    if isinstance(a, SavingsAccount):
        print(a.owner, "interest", a.add_interest())

print(sorted(accounts))
print(max(accounts).owner, min(accounts, key=lambda a: a.owner).owner)
print(sorted(accounts, key=lambda a: (-a.balance, a.owner))[0])
print(len({a for a in accounts} | {accounts[0]}))
print(accounts[0] == accounts[0], accounts[0] == "x", accounts[0] != accounts[1])
print(SavingsAccount.__mro__)
print(Account.interest_rate, SavingsAccount.interest_rate, accounts[1].interest_rate)
total = sum(a.balance for a in accounts)
print(f"total: {total:,.3f} {total:e} {total:g} {total:15.1f}|")
print(vars(accounts[2]))
try:
    print(accounts[0].balanse)
except AttributeError as e:
    print(e)
try:
    del accounts[0].balance
except AttributeError as e:
    print(e)
