# the ~~~^^^ markers under binary operations, calls and subscripts
def divide(a, b):
    return a.value / b.value + 1
class N:
    def __init__(self, v): self.value = v
def go():
    x = N(1)
    y = N(0)
    return divide(x, y)
go()
