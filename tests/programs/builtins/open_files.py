# open(): text and binary files, modes, iteration, with, seek/tell
import os
name = "_scratch_open_files.txt"
with open(name, "w") as f:
    print(f.write("first line\n"), f.write("second line\n"), f.mode, f.name, f.closed)
print(f.closed)
with open(name) as f:
    print(repr(f.read()))
with open(name) as f:
    print([line.rstrip("\n") for line in f])
with open(name, "a") as f:
    f.writelines(["third\n", "fourth\n"])
with open(name) as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(name, "rb") as f:
    data = f.read(5)
    print(data, f.tell())
    f.seek(0)
    print(f.read(), type(f).__name__)
with open(name, "wb") as f:
    f.write(bytes(range(5)))
with open(name, "rb") as f:
    print(list(f.read()))
os.remove(name)
print(os.path.exists(name))
try:
    open("_does_not_exist.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, e.filename)
try:
    open(name, "q")
except ValueError as e:
    print("ValueError:", e)
