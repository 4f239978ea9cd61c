# strip and padding
s = "  \t xx hello xx \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")), repr("abcba".strip("ab")))
print(repr("hi".center(10)), repr("hi".center(9, "*")), repr("hi".ljust(6, ".")), repr("hi".rjust(6)))
print("42".zfill(5), "-42".zfill(6), "+7".zfill(4), "abc".zfill(2), "".zfill(3))
print(repr("hello".center(2)), repr("x".center(4, "ab"[0])))
t = str.maketrans("abc", "xyz", "d")
print("aabbccdd".translate(t), t)
print("%-5s|%5s|%.2s" % ("ab", "cd", "efgh"))
