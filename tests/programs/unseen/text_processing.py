"""Text processing: caesar/vigenere, run-length encoding, anagrams, palindromes, word wrap, templating."""
import re
import string
from collections import defaultdict


def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)


def vigenere(text, key, decrypt=False):
    shifts = [ord(k) - 97 for k in key.lower()]
    res, i = [], 0
    for ch in text:
        if ch.isalpha():
            s = shifts[i % len(shifts)] * (-1 if decrypt else 1)
            res.append(caesar(ch, s))
            i += 1
        else:
            res.append(ch)
    return "".join(res)


msg = "Attack at Dawn! Meet @ 5pm."
enc = caesar(msg, 3)
print(enc, caesar(enc, -3) == msg)
v = vigenere(msg, "Lemon")
print(v, vigenere(v, "lemon", decrypt=True))
table = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13])
print("hello world".translate(table))


def rle(s):
    return "".join(f"{len(m.group(0))}{m.group(1)}" for m in re.finditer(r"(.)\1*", s))


def unrle(s):
    return "".join(ch * int(n) for n, ch in re.findall(r"(\d+)(\D)", s))


r = rle("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW")
print(r, len(unrle(r)))
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = defaultdict(list)
for w in words:
    groups["".join(sorted(w))].append(w)
print([g for g in groups.values() if len(g) > 1])


def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]


for s in ["A man, a plan, a canal: Panama", "race a car", "", "No 'x' in Nixon"]:
    print(repr(s), is_palindrome(s))
text = "The quick brown fox jumps over the lazy dog " * 3


def wrap(text, width):
    lines, cur = [], ""
    for word in text.split():
        if len(cur) + len(word) + (1 if cur else 0) > width:
            lines.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    if cur:
        lines.append(cur)
    return lines


for line in wrap(text, 28):
    print(f"|{line:<28}|")
tmpl = "Dear {name}, your order #{order:05d} of {qty} item{s} totals ${total:,.2f}."
for name, order, qty, total in [("Ann", 42, 1, 9.5), ("Bob", 1234, 3, 12345.678)]:
    print(tmpl.format(name=name, order=order, qty=qty, s="" if qty == 1 else "s", total=total))
print(re.sub(r"\b(\w)(\w*)\b", lambda m: m.group(1).upper() + m.group(2)[::-1], "hello big world"))
print(re.findall(r"[\w.+-]+@[\w-]+\.[\w.]+", "mail a.b+c@ex-ample.com or x@y.org, not @bad"))
print(re.match(r"(\d{4})-(\d{2})-(\d{2})", "2024-03-15T10:00").groups(), re.fullmatch(r"\d+", "123a"))
print(re.split(r"(\s*[,;]\s*)", "a , b;c ;d"), re.escape("1+1=2?"), re.compile(r"x", re.I).findall("xXx"))
camel = "parseHTTPResponseCode"
print(re.sub(r"(?<!^)(?=[A-Z][a-z])|(?<=[a-z])(?=[A-Z])", "_", camel).lower())
vowels = sum(1 for c in text.lower() if c in "aeiou")
print(vowels, len(text.split()), len(set(text.lower().split())), text.lower().split().count("the"))
print(" ".join(w[::-1] for w in "stressed desserts repaid".split()), "".join(sorted("pydive", reverse=True)))
print(f"{'Title':^20}".replace(" ", "."), "abc".encode().hex(), "%-10s|" % "left", "x".join("abc"))
