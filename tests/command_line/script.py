import sys
print("script:", sys.argv, __name__, __file__.split("/")[-1])
