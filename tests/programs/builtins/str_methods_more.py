# more str methods: encode, count with slices, format helpers, comparisons
s = "Mississippi"
print(s.count("ss"), s.count("s", 3), s.count("s", 3, 5), s.find("ss", 3), s.rfind("ss", 0, 5), s.index("i", 2))
print(s.encode(), s.encode("ascii"), "ünïcode".encode("utf-8"), "ünï".encode("ascii", "replace"), "ünï".encode("ascii", "ignore"))
print("%s|%5s|%-5s|%c|%%|%i" % ("a", "b", "c", 65, 3))
print("%(x)05.1f %(y)+d" % {"x": 2.25, "y": 3})
print("a" < "B", "a" < "b", "abc" < "abcd", "" < "a", "Z" > "A", sorted(["b", "A", "a", "B"]))
print("hello"[1:4:2], "hello"[-2:], "hello"[:-10], "hello"[10:], "hello"[::-2])
print("x".center(6, "-"), "title case words".title(), "snake_case_name".replace("_", " ").title().replace(" ", ""))
print(" ".join(reversed("one two three".split())), "".join(sorted("hello", reverse=True)))
print("a\tb".expandtabs(8), len("a\tb".expandtabs(8)), "abc".isalpha(), "abc1".isalnum(), "ABC".isupper())
print(str.lower("ABC"), str.join(",", ["x", "y"]), "{}".format, type("".join).__name__)
print("ab" in "cabd", "x" * 0 == "", "abc".startswith(""), "".endswith(""), "a".zfill(-1))
print(max("apple", "pear", key=len), "banana".rindex("a"), "banana".partition("n"), "banana".split("a", 2))
