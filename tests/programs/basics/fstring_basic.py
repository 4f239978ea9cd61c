name = "pydive"
n = 3
print(f"{name} has {n} parts")
print(f"{n * 2} {name!r} {n:03d}")
