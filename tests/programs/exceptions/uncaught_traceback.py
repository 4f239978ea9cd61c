# an uncaught exception prints a traceback with 3.12's markers and exits with status 1
def level3(d):
    return d["missing"] + 1
def level2(d):
    value = level3(d)
    return value
def level1():
    data = {"present": 1}
    return level2(data)
print("before")
level1()
print("never")
