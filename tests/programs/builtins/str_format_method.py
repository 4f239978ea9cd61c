# str.format and format_map
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[0]} {0[1]} {1[key]}".format([10, 20], {"key": "v"}))
class P:
    x = 3
    y = 4
print("{p.x},{p.y}".format(p=P()))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:08.3f} {:+} {:x} {:#b} {:,}".format(3.14159, 7, 255, 5, 10**9))
print("{!r} {!s} {!a}".format("q", "q", "é"))
print("{{literal}} {}".format("x"))
print("{:{w}.{p}f}".format(2.71828, w=10, p=2))
print("{0:*^{1}}".format("mid", 11))
print("%(a)s and %(b)d" % {"a": "A", "b": 2})
print("{a}-{b}".format_map({"a": 1, "b": 2}))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
