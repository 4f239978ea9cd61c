import re
m = re.match(r"(\w+) (\w+)", "hello world again")
print(m.group(0), m.group(1, 2), m.groups(), m.span(), m.start(2), m.end())
print(re.search(r"\d+", "abc 123 def 45").group(), re.findall(r"\d+", "a1 b22 c333"), re.findall(r"(\w)=(\d)", "a=1 b=2"))
print(re.sub(r"\s+", " ", "a   b \t c"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@host"), re.subn("a", "b", "banana"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(-)", "1-2-3"), re.fullmatch(r"\d{3}", "123") is not None)
pat = re.compile(r"(?P<key>\w+)=(?P<val>[^;]*)", re.I)
print([m.groupdict() for m in pat.finditer("a=1;b=two;c=")], pat.pattern, pat.groups)
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"), re.escape("a.b*c"))
print(re.findall(r"^\w", "ab\ncd", re.M), re.findall(r"a.c", "a\nc abc", re.S), re.match("x", "y"))
print(bool(re.search(r"(?i)HELLO", "say hello")), re.findall(r"(?<=@)\w+", "x@a y@b"))
try:
    re.compile("(unclosed")
except re.error as e:
    print("re.error:", e)
