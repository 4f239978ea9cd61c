d = {complex(1, 2): "a", complex(1, 2): "b"}
print(d)
print({range(3): 1, range(0, 3): 2})
print({1: "int", 1 + 0j: "complex"})
print({(1, range(2)): 1, (1, range(0, 2)): 2})
print(complex(1, 2) in {complex(1, 2)}, range(3) in {range(0, 3)}, 2j in [2j])
s = slice(1, 2)
print({frozenset([1]): 1, frozenset([1]): 2})
print(len({complex(0.5, 1), complex(0.5, 1)}))
