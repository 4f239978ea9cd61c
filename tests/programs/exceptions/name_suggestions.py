# 3.12 suggests close names in NameError and AttributeError
class Point:
    def __init__(self):
        self.horizontal = 1
p = Point()
try:
    p.horizontl
except AttributeError as e:
    print("AttributeError:", e)
counter_value = 1
try:
    counter_valu
except NameError as e:
    print("NameError:", e)
import math
try:
    math.sqr(4)
except AttributeError as e:
    print("AttributeError:", e)
print(p.horizonal)
