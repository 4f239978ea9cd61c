# An annotated assignment run with a locals mapping that is not a dict (exec's locals, a
# metaclass __prepare__ namespace): SETUP_ANNOTATIONS looks `__annotations__` up with
# __getitem__ and creates it on a KeyError only.
seen = {}


class Namespace:
    def __init__(self):
        self.data = {}

    def __setitem__(self, key, value):
        self.data[key] = value
        seen[key] = value

    def __getitem__(self, key):
        return self.data[key]


ns = Namespace()
exec("x: int = 1\ny: str\n", {}, ns)
print(seen)

ns = Namespace()
ns.data["__annotations__"] = existing = {"old": float}
exec("z: bytes = b''", {}, ns)
print(existing, ns.data["z"])


class Broken(Namespace):
    def __getitem__(self, key):
        raise RuntimeError("lookup of " + key)


try:
    exec("w: int = 2", {}, Broken())
except RuntimeError as e:
    print("RuntimeError", e)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Namespace()

    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns.data))


class C(metaclass=Meta):
    a: int = 3
    b: "list[str]"


print(C.__annotations__, C.a)
