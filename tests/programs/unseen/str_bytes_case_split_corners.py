# Greek final sigma in title/swapcase/capitalize, bytes line/whitespace splitting,
# bytes.replace's count, %c with a byte, str.maketrans argument checks.
words = ["ΣΊΣΥΦΟΣ", "ΟΔΥΣΣΕΥΣ ΚΑΙ ΣΟΦΟΣ", "ΑΣ.Σ", "Σ", "aΣ'", "ΑΣ ΣΑΣ", "hello wORLD"]
for w in words:
    print(w, "|", w.title(), "|", w.swapcase(), "|", w.capitalize(), "|", w.lower())

raw = b"one\x1ctwo\x0bthree\x0cfour\rfive\r\nsix\x85seven\nend"
print(raw.splitlines())
print(raw.splitlines(keepends=True))
print(bytearray(b"a\r\nb\n").splitlines(True), b"".splitlines(), b"\n".splitlines())
print("one\x1ctwo\x0bthree".splitlines())

ws = b" a\x1cb\x1dc\x85d\xa0e\tf\x0bg\x0ch\ri\nj "
print(ws.split())
print(ws.split(maxsplit=1))
print(ws.rsplit(None, 2))
print(ws.rsplit(maxsplit=0), ws.split(None, 0))
print(b"a,b,,c,".split(b","), b"a,b,,c,".split(b",", 2), b"a,b,,c,".rsplit(b",", 2))
print(b"a--b--c".split(sep=b"--", maxsplit=1), bytearray(b"x y  z").split(), b"   ".split(), b"".split(b","))
try:
    b"abc".split(b"")
except ValueError as e:
    print("ValueError:", e)

print(b"abcabc".replace(b"b", b"X", 1), b"aaaa".replace(b"a", b"b", 2), b"abc".replace(b"", b"-"), b"abc".replace(b"", b"-", 2))
print(bytearray(b"xyxy").replace(b"x", b"Z", -1), b"abc".replace(b"b", b"", 0))
print(b"%c%c%c" % (65, b"B", bytearray(b"C")), b"[%-3c]" % 120)
for bad in ["ab", b"ab", 3.5]:
    try:
        b"%c" % (bad,)
    except TypeError as e:
        print("TypeError:", e)
try:
    b"%c" % 256
except OverflowError as e:
    print("OverflowError:", e)

print(sorted(str.maketrans({"a": "1", 98: None, "c": "xyz"}).items()))
print("abcabc".translate(str.maketrans({"a": "1", 98: None, "c": "xyz"})))
for args in [({"ab": 1},), ({1.5: "x"},), (["a"],), (1, "a"), ("ab", "c")]:
    try:
        str.maketrans(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
