# bench: attribute loads/stores and method calls on instances
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def move(self, dx):
        self.x += dx
        return self.y
def main(n):
    p = Point(0, 1)
    s = 0
    for i in range(n):
        s += p.move(i)
        p.y = p.x & 15
    return p.x, s
print(main(300_000))
