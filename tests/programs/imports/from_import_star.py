# from X import *, __all__, import errors
from shapes import *
print(Circle(2), area_of(Circle(1)))
print("_private" in globals(), "circle" in dir())
try:
    import does_not_exist
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from shapes import nothing_here
except ImportError as e:
    print("ImportError:", e)
try:
    from pkg.missing import x
except ImportError as e:
    print(type(e).__name__ + ":", e)
