# closures capture variables, not values
def make_adder(n):
    def add(x):
        return x + n
    return add
a5, a10 = make_adder(5), make_adder(10)
print(a5(1), a10(1), a5.__closure__[0].cell_contents, a5.__code__.co_freevars, make_adder.__code__.co_cellvars)
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc()
print(get(), inc(), get())
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()()
print(outer())
print(a5.__closure__ is not None, make_adder.__closure__, len(counter()[0].__closure__))
