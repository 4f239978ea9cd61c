# copyreg: dispatch_table registration, extension codes, helpers
import copyreg
import pickle


class Temp:
    def __init__(self, c):
        self.c = c


def reduce_temp(t):
    return Temp, (t.c + 1,)


copyreg.pickle(Temp, reduce_temp)
print(copyreg.dispatch_table[Temp] is reduce_temp, complex in copyreg.dispatch_table)
print(pickle.loads(pickle.dumps(Temp(1))).c)
for bad in (1, "x"):
    try:
        copyreg.pickle(Temp, bad)
    except TypeError as e:
        print("TypeError", e)
try:
    copyreg.constructor(None)
except TypeError as e:
    print("TypeError", e)

copyreg.add_extension(__name__, "Temp", 240)
copyreg.add_extension(__name__, "Temp", 240)
for proto in (2, 4):
    data = pickle.dumps(Temp, proto)
    print(proto, data, pickle.loads(data) is Temp)
for args in ((__name__, "Other", 240), (__name__, "Temp", 241), ("m", "n", 0)):
    try:
        copyreg.add_extension(*args)
    except ValueError as e:
        print("ValueError", e)
copyreg.remove_extension(__name__, "Temp", 240)
try:
    copyreg.remove_extension(__name__, "Temp", 240)
except ValueError as e:
    print("ValueError", e)
copyreg.clear_extension_cache()
print(pickle.dumps(Temp, 2))


class Slots:
    __slots__ = ("x", "y", "__dict__")


class More(Slots):
    __slots__ = "z"


print(copyreg._slotnames(More), More.__slotnames__, copyreg._slotnames(Temp))
obj = copyreg.__newobj__(Temp)
print(type(obj).__name__, hasattr(obj, "c"))
print(copyreg._reconstructor(Temp, object, None).__class__.__name__)
print(copyreg._reconstructor(type("L", (list,), {}), list, [1, 2]))
