# property, staticmethod, classmethod
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        """Degrees Celsius."""
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def unit():
        return "C"
    @classmethod
    def name(cls):
        return cls.__name__
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.unit(), t.unit(), Temp.name(), t.name())
print(Temp.celsius.__doc__, type(Temp.celsius).__name__)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(t.celsius)
p = property(lambda self: 42)
class Q:
    answer = p
print(Q().answer, p.fget is not None, p.fset)
