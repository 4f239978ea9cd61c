# a program with a syntax error prints the error and exits 1 before running anything
print("never printed")
def broken(:
    pass
