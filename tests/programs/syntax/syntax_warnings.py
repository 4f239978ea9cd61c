# the compiler's SyntaxWarnings go to stderr before the program runs
def f():
    x = None
    if x is 1:
        pass
    return [1, 2] [0], "abc" is "abc"
print("running", f.__name__)
try:
    (lambda: None())()
except TypeError as e:
    print("TypeError:", e)
try:
    (lambda: 5[0])()
except TypeError as e:
    print("TypeError:", e)
