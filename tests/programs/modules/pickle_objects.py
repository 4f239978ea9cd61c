# pickle of user classes (reduce protocol, copyreg), globals by reference, files, errors
import copyreg
import io
import os
import pickle
import tempfile


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Empty:
    pass


class Stateful:
    def __init__(self, n):
        self.n = n
        self.cache = {"big": list(range(n))}

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["cache"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = "rebuilt"


class WithNewArgs:
    def __new__(cls, a, *, b):
        inst = super().__new__(cls)
        inst.made_with = (a, b)
        return inst

    def __init__(self, a, *, b):
        self.a = a

    def __getnewargs_ex__(self):
        return (self.a,), {"b": self.made_with[1]}


class OldNewArgs(int):
    def __new__(cls, value, label):
        inst = super().__new__(cls, value)
        inst.label = label
        return inst

    def __getnewargs__(self):
        return (int(self), self.label)


class Reduced:
    def __init__(self, *parts):
        self.parts = parts

    def __reduce__(self):
        return (Reduced, self.parts)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = 2

    def __getstate__(self):
        return {"a": self.a, "b": self.b}

    def __setstate__(self, state):
        for k, v in state.items():
            setattr(self, k, v)


class Outer:
    class Inner:
        pass


class MyList(list):
    pass


class MyDict(dict):
    pass


class Registered:
    def __init__(self, v):
        self.v = v


def rebuild_registered(v):
    return Registered(v * 10)


copyreg.pickle(Registered, lambda r: (rebuild_registered, (r.v,)))


def helper():
    return 42


def show(label, obj, protos=range(6)):
    for proto in protos:
        data = pickle.dumps(obj, proto)
        back = pickle.loads(data)
        print(label, proto, data)
        yield back


p = Point(1, "two")
for back in show("point", p):
    print("  ", back, back == p)
for back in show("empty", Empty()):
    print("  ", type(back).__name__, back.__dict__)
for back in show("stateful", Stateful(3)):
    print("  ", back.n, back.cache)
for back in show("newargs_ex", WithNewArgs(5, b=6), range(4, 6)):
    print("  ", back.a, back.made_with)
for back in show("newargs", OldNewArgs(7, "seven")):
    print("  ", back, back.label, type(back).__name__)
for back in show("reduced", Reduced(1, [2])):
    print("  ", back.parts)
for back in show("slotted", Slotted(), range(2, 6)):
    print("  ", back.a, back.b)
for back in show("mylist", MyList([1, 2])):
    print("  ", back, type(back).__name__)
md = MyDict(a=1)
md.extra = True
for back in show("mydict", md, range(2, 6)):
    print("  ", back, back.extra)
for back in show("registered", Registered(4)):
    print("  ", back.v)
for back in show("globals", [helper, Point, Outer.Inner, len, ValueError], range(2, 6)):
    print("  ", back[0](), back[1:3] == [Point, Outer.Inner])
for back in show("nested", Outer.Inner(), range(4, 6)):
    print("  ", type(back).__qualname__)
for back in show("complex", 1 - 2.5j):
    print("  ", back)
shared = Point(0, 0)
back = pickle.loads(pickle.dumps([shared, shared, {"p": shared}]))
print(back[0] is back[1] is back[2]["p"])
node = {"name": "root"}
node["children"] = [{"name": "kid", "parent": node}]
back = pickle.loads(pickle.dumps(node))
print(back["children"][0]["parent"] is back)

# errors
for bad in (lambda: 1, (x for x in ()), open(__file__)):
    try:
        pickle.dumps(bad)
    except (pickle.PicklingError, TypeError, AttributeError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0].split(": attribute")[0])
    finally:
        if hasattr(bad, "close"):
            bad.close()
def outer():
    def local():
        pass
    return local
try:
    pickle.dumps(outer())
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__, "local" in str(e))
for data in (b"", b"\x80\x04", b"\x80\x04K", b"\xff", b"}X\x05\x00\x00\x00ab", b"\x80\x09N.", b"h\x05."):
    try:
        pickle.loads(data)
    except Exception as e:
        print(type(e).__name__, e)
try:
    pickle.loads("text")
except TypeError as e:
    print("TypeError", e)
try:
    pickle.dumps(1, 6)
except ValueError as e:
    print("ValueError", e)
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError))

# files, Pickler/Unpickler objects, persistent ids
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "data.pkl")
    with open(path, "wb") as f:
        pickle.dump({"a": [1, 2]}, f)
        pickle.dump(p, f, protocol=2)
    with open(path, "rb") as f:
        print(pickle.load(f), pickle.load(f))
        try:
            pickle.load(f)
        except EOFError as e:
            print("EOFError", e)

class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Point):
            return ("Point", obj.x)
        return None

class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return f"loaded {pid}"

buf = io.BytesIO()
DBPickler(buf).dump([Point(9, 9), "plain"])
print(buf.getvalue())
buf.seek(0)
print(DBUnpickler(buf).load())
buf = io.BytesIO()
pk = pickle.Pickler(buf, 2)
pk.dump("same")
pk.dump("same")
print(buf.getvalue())
class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        raise pickle.UnpicklingError(f"global '{module}.{name}' is forbidden")
try:
    Restricted(io.BytesIO(pickle.dumps(Point(1, 2)))).load()
except pickle.UnpicklingError as e:
    print("UnpicklingError", e)
