# bytes/bytearray startswith/endswith/find/count with start/end and tuples, and their
# argument errors.
data = b"0123\nx0123"
ba = bytearray(data)
for obj in (data, ba):
    print(obj.startswith(b"\n", 4), obj.startswith(b"\n", 5), obj.startswith((b"x", b"0")),
          obj.startswith(b"", 10), obj.startswith(b"", 11), obj.startswith(b"23", 2, 4),
          obj.startswith(b"23", 2, 3), obj.startswith(b"1", -4))
    print(obj.endswith(b"3"), obj.endswith(b"3", 0, 4), obj.endswith((b"y", b"x"), 0, 6),
          obj.endswith(b"0123", None, None), obj.endswith(b"", 3, 1))
    print(obj.find(b"0"), obj.find(b"0", 1), obj.find(b"0", 1, 5), obj.find(48, 2),
          obj.find(b"", 10), obj.find(b"", 11), obj.find(b"23", -3), obj.find(b"zz"))
    print(obj.count(b"0"), obj.count(b"0", 1), obj.count(b""), obj.count(b"", 3, 5),
          obj.count(b"", 5, 3), obj.count(49), obj.count(b"12", 0, 3))
for call in [lambda: data.startswith("0"), lambda: data.endswith(["0"]),
             lambda: data.startswith((b"0", "1")), lambda: data.find("0"),
             lambda: data.count(1.5), lambda: data.find(b"0", "x")]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
