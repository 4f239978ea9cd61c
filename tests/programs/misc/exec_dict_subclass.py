# exec() and eval() take an instance of a dict subclass as globals: the code's names are
# stored in it and read back through it (test_descrtut's defaultdict tutorial does this).


class Namespace(dict):
    def describe(self):
        return sorted(k for k in self if k != "__builtins__")


ns = Namespace(y=2)
ns["show"] = print
exec("x = 3\nshow(x + y)", ns)
print(ns.describe())
print("__builtins__" in ns, ns["x"])
print(eval("x * y", ns))
exec("def f():\n    return x + y\n", ns)
print(ns["f"]())
try:
    exec("z = 1", [])
except TypeError as e:
    print("TypeError:", e)
