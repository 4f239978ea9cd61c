# dis of functions as in the seed document, plus a whole module via dis.dis(str)
import dis
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self):
        return "hi " + self.name
dis.dis(fib)
dis.dis(Greeter.greet)
dis.dis("x = [i ** 2 for i in range(3)]\nprint(x)")
