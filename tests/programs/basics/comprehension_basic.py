print([x * x for x in range(5)])
print([x for x in range(10) if x % 2 == 0])
print({x: x * 2 for x in range(3)})
