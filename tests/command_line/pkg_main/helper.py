import sys
print("helper:", __name__, __package__, __spec__.name, [a.split("/")[-1] for a in sys.argv])
