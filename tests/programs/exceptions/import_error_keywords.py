e = ImportError("no mod", name="foo", path="/x")
print(e, e.name, e.path, e.msg, e.args)
m = ModuleNotFoundError("nope", name="bar")
print(m, m.name, m.path, repr(m))
try:
    ImportError("x", bogus=1)
except TypeError as t:
    print(t)
try:
    import does_not_exist_xyz
except ModuleNotFoundError as err:
    print(err.name, err.msg)
print(sorted([3, 1, 2]))
for make in (lambda: ModuleNotFoundError("x", bogus=1), lambda: ImportError("x", name_from="y"), lambda: ImportError(name="n")):
    try:
        e = make()
        print(repr(e), e.name, e.path, e.msg, e.args, getattr(e, "name_from", "-"))
    except TypeError as t:
        print("TypeError:", t)
e = ImportError("a", "b")
print(e.msg, e.args, str(e))
e = ImportError("a")
print(e.msg)
class MyIE(ImportError):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
m = MyIE("q", name="z")
print(m.name, m.msg, repr(m))
e.name = "set"; print(e.name)
print(ImportError("m", name="n").__reduce__())
import copy, pickle
v = ValueError(1, 2)
v.note = "kept"
print(v.__reduce__())
w = pickle.loads(pickle.dumps(v))
print(repr(w), w.note)
ie = ImportError("m", path="/p", name="n")
print(ie.__reduce__())
back = pickle.loads(pickle.dumps(ie))
print(repr(back), back.name, back.path)
c = copy.copy(ModuleNotFoundError("q", name="z"))
print(repr(c), c.name)
print(KeyError("k").__reduce__(), OSError(2, "No such file").__reduce__())
