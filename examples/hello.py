# hello.py: a first program for pydive
def greet(name):
    return f"Hello, {name}!"

def countdown(n):
    while n > 0:
        yield n
        n -= 1

print(greet("pydive"))
print("countdown:", *countdown(3))
