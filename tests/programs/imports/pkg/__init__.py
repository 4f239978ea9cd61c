print("pkg/__init__ runs, __name__ =", __name__, "| __package__ =", __package__)
from .core import greet
VERSION = "1.0"
