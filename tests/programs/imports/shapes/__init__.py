from .circle import Circle
__all__ = ["Circle", "area_of"]
def area_of(shape):
    return round(shape.area(), 3)
_private = 1
