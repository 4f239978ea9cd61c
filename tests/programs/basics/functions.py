def add(a, b):
    return a + b
def greet(name, greeting="hello"):
    return greeting + " " + name
print(add(2, 3))
print(greet("ann"))
print(greet("bob", greeting="hi"))
print(add(add(1, 2), add(3, 4)))
