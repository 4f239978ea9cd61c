# class attributes, instances, repr, __dict__, __qualname__
class Dog:
    """A dog."""
    species = "canis"
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1
    def speak(self, times=1):
        return " ".join([f"{self.name} woof"] * times)
    class Tag:
        pass
d1, d2 = Dog("rex"), Dog("fido")
print(d1.speak(), d2.speak(2), Dog.count, d1.species, Dog.__doc__, Dog.__name__, Dog.__qualname__)
print(Dog.Tag.__qualname__, Dog.speak.__qualname__, Dog.speak.__name__, Dog.__module__)
print(sorted(k for k in Dog.__dict__ if not k.startswith("__")), d1.__dict__)
d1.species = "own"
print(d1.species, d2.species, Dog.species)
print(repr(d1).startswith("<__main__.Dog object at 0x"), str(d1) == repr(d1))
print(d1.__class__.__name__, type(d1).__mro__)
print(Dog.speak(d1, 3))
bound = d2.speak
print(bound(), bound.__self__ is d2, bound.__func__ is Dog.speak)
class Empty: pass
e = Empty()
e.anything = 1
print(e.anything, vars(e))
print(Empty.__bases__, Empty.__dict__.get("__doc__"))
def local():
    class Inner:
        def m(self): pass
    return Inner
print(local().__qualname__, local().m.__qualname__)
