# uncaught: subscript markers, chained subscripts, attribute calls
d = {"a": {"b": None}}
def lookup(key):
    return d["a"]["b"][key]
print(d["a"])
lookup("c")
