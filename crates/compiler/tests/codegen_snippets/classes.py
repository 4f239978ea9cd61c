class A:
    "Doc."
    x = 1
    def m(self):
        return super().m()
    def n(self, a):
        return super().n(a) + __class__.x
    @property
    def p(self):
        return self.__private

class B(A, metaclass=M, flag=True):
    y: int = 2
    z: str
    def __init__(self):
        self.__x = 1

class C(*bases, **kw):
    pass

@dataclass
class D:
    a: int
    b: list = field(default_factory=list)
