# abc: abstract methods and instantiation errors, register(), subclass hooks, the caches,
# update_abstractmethods, the deprecated decorators.
import abc


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

    @property
    @abc.abstractmethod
    def name(self):
        ...

    @classmethod
    @abc.abstractmethod
    def make(cls):
        ...


print(sorted(Shape.__abstractmethods__), type(Shape).__name__, Shape.area.__isabstractmethod__)
attempt('instantiate', lambda: Shape())


class Half(Shape):
    def area(self):
        return 1


attempt('half', lambda: Half())
print(sorted(Half.__abstractmethods__))


class Square(Half):
    name = 'square'

    @classmethod
    def make(cls):
        return cls()


print(Square.make().area(), Square().name, Square.__abstractmethods__, isinstance(Square(), Shape))


# (abstractclassmethod/abstractstaticmethod: pydive cannot subclass classmethod and
# staticmethod yet, so the deprecated decorators are left out)
print(abc.abstractproperty.__isabstractmethod__)


class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any('__len__' in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented


print(issubclass(list, Sized), issubclass(int, Sized), isinstance('abc', Sized), isinstance(3, Sized))
token = abc.get_cache_token()


class Plugin(abc.ABC):
    pass


@Plugin.register
class Thing:
    pass


print(Thing.__name__, issubclass(Thing, Plugin), isinstance(Thing(), Plugin), abc.get_cache_token() > token)
print(Plugin.register(Thing) is Thing, issubclass(bool, Plugin))
Plugin.register(int)
print(issubclass(bool, Plugin), isinstance(True, Plugin))
attempt('register non-class', lambda: Plugin.register(5))
attempt('cycle', lambda: Thing.register(Plugin) if hasattr(Thing, 'register') else Plugin.register(Plugin))


class Sub(Plugin):
    pass


attempt('cycle2', lambda: Sub.register(Plugin))
attempt('issubclass non-class', lambda: issubclass(5, Plugin))
print(issubclass(Sub, Plugin), issubclass(Plugin, Sub), issubclass(object, Plugin))


class Late(abc.ABC):
    @abc.abstractmethod
    def go(self):
        ...


Late.go = lambda self: 'went'
print(sorted(Late.__abstractmethods__), sorted(abc.update_abstractmethods(Late).__abstractmethods__), Late().go())


class Plain:
    pass


print(abc.update_abstractmethods(Plain) is Plain, hasattr(Plain, '__abstractmethods__'))
Late.stop = abc.abstractmethod(lambda self: None)
abc.update_abstractmethods(Late)
attempt('late again', lambda: Late())


class Proxy:
    @property
    def __class__(self):
        return Thing


print(isinstance(Proxy(), Plugin))  # (isinstance(Proxy(), Thing) through __class__: a pydive gap)
Plugin._abc_registry_clear()
Plugin._abc_caches_clear()
print(issubclass(Thing, Plugin), abc.ABC.__slots__, abc.ABCMeta.__name__)
