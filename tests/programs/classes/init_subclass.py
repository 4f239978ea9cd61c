# __init_subclass__, __set_name__, __class_getitem__
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
        print("registered", cls.__name__, cls.plugin_name)
class Alpha(Plugin): pass
class Beta(Plugin, name="b"): pass
class Gamma(Beta): pass
print(Plugin.registry, Gamma.plugin_name)
class Field:
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = name
class Model:
    first = Field()
    second = Field()
print(Model.first.name, Model.second.name)
class Gen:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Gen[int], Gen["x"], list[int], dict[str, int], tuple[int, ...])
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print("TypeError:", e)
