# traceback through a method, a lambda, a comprehension and a nested call with markers
class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        return self.check(amount)
    def check(self, amount):
        limits = {"daily": 100}
        return [limits[k] for k in ("daily", "weekly")]
def run(f):
    return f()
acct = Account(10)
run(lambda: acct.withdraw(5))
