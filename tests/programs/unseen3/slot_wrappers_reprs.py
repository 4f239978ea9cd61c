# Numeric slot wrappers called directly (the ternary __pow__/__rpow__ with a modulus),
# staticmethod/classmethod reprs (3.12 shows the wrapped callable), type()'s argument errors.


class Base:
    @staticmethod
    def util(x):
        return x * 2

    @classmethod
    def make(cls):
        return cls()


def show(label, fn):
    try:
        print(label, fn())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


show('int pow mod', lambda: (5).__pow__(2, 3))
show('int pow None', lambda: (5).__pow__(2, None))
show('int rpow mod', lambda: (3).__rpow__(2, 5))
show('int pow neg mod', lambda: (3).__pow__(-1, 7))
show('big pow mod', lambda: (2 ** 100).__pow__(2 ** 50, 10 ** 9 + 7))
show('int pow float mod', lambda: (5).__pow__(2, 3.0))
show('int pow float exp', lambda: (5).__pow__(2.0, 3))
show('float pow mod', lambda: (5.0).__pow__(2, 3))
show('complex pow mod', lambda: (1j).__pow__(2, 3))
show('bool pow mod', lambda: True.__pow__(True, 2))
show('builtin pow', lambda: pow(7, 128, 13))


class Modular:
    def __init__(self, v):
        self.v = v

    def __pow__(self, e, m=None):
        return f'Modular({self.v}) ** {e} % {m}'


show('pow instance', lambda: pow(Modular(3), 4, 5))
show('pow instance 2', lambda: Modular(3) ** 2)

sm = Base.__dict__['util']
cm = Base.__dict__['make']
print(repr(sm).split(' at ')[0], repr(cm).split(' at ')[0])
print(repr(staticmethod(len)), repr(classmethod(print)))
print(type(sm).__name__, sm.__func__ is Base.util, cm.__func__.__name__)

show('type bases int', lambda: type('X', 1, {}))
show('type name int', lambda: type(5, (), {}))
show('type ns list', lambda: type('X', (), []))
show('type two args', lambda: type('X', ()))
print(type('Dyn', (Base,), {'v': 3})().v, type('E', (), {}).__mro__)
