# Text files with an encoding and an errors handler: latin-1/ascii/utf-8-sig round trips,
# decoding errors raised by the first read, encoding errors by write.
import os, tempfile, csv
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "x.txt")
    with open(p, "w", encoding="latin-1") as f:
        print(f.encoding, f.errors, repr(f).split(" name=")[0], repr(f).split("mode=")[1])
        f.write("café ñ\n")
    print(open(p, "rb").read())
    with open(p, encoding="latin-1") as f:
        print(f.read(), end="")
    f = open(p)
    print(f.encoding, f.errors, repr(f).split("mode=")[1])
    try:
        f.read()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
    f.close()
    with open(p, errors="replace") as f:
        print(f.read(), end="")
    with open(p, encoding="utf-8", errors="ignore") as f:
        print(f.readlines())
    try:
        with open(p, "w", encoding="ascii") as f:
            f.write("ok\n")
            f.write("naïve\n")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)
    print(open(p, "rb").read())
    with open(p, "w", encoding="ascii", errors="xmlcharrefreplace") as f:
        f.write("naïve €\n")
    print(open(p).read(), end="")
    try:
        open(p, encoding="klingon")
    except LookupError as e:
        print("LookupError:", e)
    try:
        open(p, "rb", encoding="utf-8")
    except ValueError as e:
        print("ValueError:", e)
    with open(p, "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows([["naïve", 1], ["b", 2]])
    print(open(p, "rb").read())
    with open(p, encoding="utf-8-sig", newline="") as f:
        print(list(csv.reader(f)))
    with open(p, encoding="utf-8") as f:
        print(repr(f.readline()))
    print(b"\xef\xbb\xbfabc".decode("utf-8-sig"), b"abc".decode("utf-8-sig"), "x".encode("utf-8-sig"))
    with open(p, "a", encoding="cp1252" if False else "latin-1") as f:
        f.write("ÿ")
    print(open(p, "rb").read()[-3:])
