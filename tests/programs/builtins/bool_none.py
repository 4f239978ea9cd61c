# bool and None
print(True, False, None, repr(True), str(None), type(None).__name__, type(True).__name__)
print(bool(0), bool(1), bool(""), bool("x"), bool([]), bool([0]), bool(None), bool(0.0), bool({}))
print(True and 5, 0 and 5, 0 or "x", "" or [] or None, not 0, not "a")
print(True & False, True | False, True ^ True, ~True, True == 1, False < True)
print(int(True), float(False), str(True).upper(), True.__class__, None.__class__)
print(None is None, None == None, None is not False, hash(True) == 1)
print(isinstance(False, int), issubclass(bool, int), bool.__mro__)
