# A script whose try block never got its except clause.
def load(path):
    try:
        return open(path).read()
