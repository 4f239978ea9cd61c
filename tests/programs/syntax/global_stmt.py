counter = 0
def bump():
    global counter
    counter += 1
def make():
    global created
    created = "yes"
bump(); bump(); make()
print(counter, created)
def reader():
    return counter * 10
print(reader())
def conditional():
    if False:
        global never
    return "ok"
print(conditional(), "never" in globals())
print(sorted(k for k in globals() if not k.startswith("__")))
exec("dyn = 5")
print(dyn, eval("dyn + counter"), eval("[x for x in range(3)]"))
ns = {}
exec("def f(): return 42\nval = f()", ns)
print(ns["val"], sorted(k for k in ns if k != "__builtins__"))
