from .. import VERSION
from ..core import greet
from . import sibling
print("pkg.sub.leaf runs, __name__ =", __name__, "| __package__ =", __package__)
def info():
    return VERSION, greet("leaf"), sibling.NAME
