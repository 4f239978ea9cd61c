from abc import ABC, ABCMeta, abstractmethod, get_cache_token, update_abstractmethods
import abc
class Base(ABC):
    @abstractmethod
    def f(self): ...
    @abstractmethod
    def g(self): ...
    @property
    @abstractmethod
    def p(self): ...
print(sorted(Base.__abstractmethods__), type(Base) is ABCMeta)
class Half(Base):
    def f(self): return 1
print(sorted(Half.__abstractmethods__))
for cls in (Base, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)
class Full(Half):
    def g(self): return 2
    p = 3
print(Full().f(), Full().g(), Full.__abstractmethods__)
class Virtual: pass
t0 = get_cache_token()
Base.register(Virtual)
print(issubclass(Virtual, Base), isinstance(Virtual(), Base), get_cache_token() == t0 + 1, issubclass(int, Base))
try:
    Base.register(5)
except TypeError as e:
    print(e)
try:
    Virtual.register
except AttributeError as e:
    print("AttributeError", e)
try:
    class Cyc(Virtual, ABC): pass
    Virtual2 = Cyc.register(Base)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    issubclass(3, Base)
except TypeError as e:
    print("TypeError", e)
class Hooked(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "quack") or NotImplemented
class Duck:
    def quack(self): pass
print(issubclass(Duck, Hooked), isinstance(3, Hooked), isinstance(Duck(), Hooked))
class Later(ABC):
    @abstractmethod
    def m(self): ...
Later.m = lambda self: 1
update_abstractmethods(Later)
print(Later.__abstractmethods__, Later().m())
class M(metaclass=ABCMeta):
    @abc.abstractclassmethod
    def c(cls): ...
    @abc.abstractstaticmethod
    def s(): ...
    @abc.abstractproperty
    def q(self): ...
print(sorted(M.__abstractmethods__))
