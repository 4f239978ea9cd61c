# super() in various forms
class Base:
    def __init__(self, x):
        self.x = x
        print("Base.__init__", x)
    def greet(self):
        return f"Base greet {self.x}"
    @classmethod
    def make(cls):
        return f"make {cls.__name__}"
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
        print("Child.__init__", y)
    def greet(self):
        return "Child+" + super().greet()
    @classmethod
    def make(cls):
        return "Child:" + super().make()
c = Child(1, 2)
print(c.greet(), Child.make(), c.x, c.y)
print(super(Child, c).greet(), super(Child, Child).make())
class GrandChild(Child):
    def greet(self):
        return "GC+" + super(Child, self).greet()
print(GrandChild(5, 6).greet())
print(super(Child, c), type(super(Child, c)).__name__)
def outside(self):
    return super(Child, self).greet()
print(outside(c))
class NoArg:
    def f(self):
        def inner():
            return super().__repr__
        return inner
try:
    NoArg().f()()
except RuntimeError as e:
    print("RuntimeError:", e)
