# getattr, setattr, hasattr, delattr, vars, dir
class Thing:
    kind = "thing"
    def __init__(self):
        self.x = 1
t = Thing()
print(getattr(t, "x"), getattr(t, "kind"), getattr(t, "nope", "dflt"), hasattr(t, "x"), hasattr(t, "nope"))
setattr(t, "y", 2); print(t.y, vars(t))
delattr(t, "x"); print(vars(t), hasattr(t, "x"))
print([n for n in dir(t) if not n.startswith("__")])
try:
    getattr(t, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(t, "missing")
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(5, "real"), getattr("s", "upper")(), getattr(Thing, "kind"))
print(callable(t), callable(Thing), callable(len), callable(lambda: 0), callable(3))
print(isinstance(t, Thing), isinstance(3, (str, int)), issubclass(bool, (int,)), issubclass(Thing, object))
print(type(t) is Thing, type(Thing), type(type), type(len), type(print).__name__)
print(id(t) == id(t), len(vars(Thing)) > 0, "kind" in Thing.__dict__)
