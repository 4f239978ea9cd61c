# uncaught: NameError with a suggestion and the forgotten-import hint
def f():
    values = [1, 2]
    return valuez
try:
    f()
except NameError as e:
    print("caught", e)
print(sys.argv)
