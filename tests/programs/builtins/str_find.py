# str search methods
s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.rfind("hello"), s.find("xyz"), s.find("o", 5, 10))
print(s.index("world"), s.rindex("o"), s.count("l"), s.count("hello"), s.count(""), s.count("l", 5))
print(s.startswith("hello"), s.startswith(("x", "he")), s.endswith("python"), s.endswith("hello", 0, 5))
print("world" in s, "World" in s, "" in s)
print(s.replace("hello", "bye"), s.replace("l", "L", 2), s.replace("", "-", 3))
print("abcabc".removeprefix("abc"), "abcabc".removesuffix("bc"), "abc".removeprefix("x"))
try:
    s.index("nope")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("nope")
except ValueError as e:
    print("ValueError:", e)
print("ab" * 3, 3 * "-", "abc" < "abd", "Z" < "a", "abc" == "abc", "a" + "b")
print(s[0], s[-1], s[2:8], s[::-1], s[::3], s[100:], s[-5:-1], s[5:2])
print(len(s), min(s), max(s), sorted("banana"), list("abc"), "x".join(reversed("abc")))
