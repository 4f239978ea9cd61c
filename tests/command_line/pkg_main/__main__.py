import sys
print("pkg_main/__main__ runs as", __name__, "package", __package__, sys.argv[1:])
print(__spec__.name)
