# uncaught: "Did you mean" for attributes (and names, caught and shown through str())
class Point:
    def __init__(self):
        self.horizontal = 1
        self.vertical = 2
counter = 3
try:
    print(countr)
except NameError as e:
    print("NameError:", e, e.name)
p = Point()
print(p.horizonal)
