# str split/join/partition
s = "  the quick  brown fox  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1), s.split("o"))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 2), "".split(","), "".split())
print("line1\nline2\r\nline3\rline4".splitlines(), "x\ny\n".splitlines(True), "".splitlines())
print("-".join(["a", "b", "c"]), "".join([]), ", ".join(map(str, range(5))), "ab".join("xyz"))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "nokey".partition("="), "nokey".rpartition("="))
print("a b c".split(maxsplit=1), "1 2 3".rsplit(maxsplit=1))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
