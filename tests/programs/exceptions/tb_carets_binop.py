# uncaught: the ~~~^^^ markers under a binary operation inside nested calls
class O:
    x = "s"
def compute(a, b):
    total = a[0] + b.x * 2
    return total
def wrapper():
    return compute([1], O())
print("before")
wrapper()
