# str.encode / bytes.decode with the idna and punycode codecs.
for name in ["bücher.de", "München.Example.", "www.python.org", "пример.испытание", "ÄÖÜ"]:
    data = name.encode("idna")
    print(repr(name), data, data.decode("idna"))
print("bücher".encode("punycode"), b"bcher-kva".decode("punycode"))
print("b\u00fccher.de".encode(encoding="idna"), bytearray(b"xn--mnchen-3ya").decode("idna"))
for bad in ["xn--bad-label.de", "a" * 64 + ".org", "..", "\u05d0a.com"]:
    try:
        print(bad.encode("idna"))
    except UnicodeError as e:
        print(type(e).__name__, e)
try:
    "bücher".encode("idna", "ignore")
except UnicodeError as e:
    print(type(e).__name__, e)
try:
    b"xn--bcher-kva".decode("idna", "replace")
except UnicodeError as e:
    print(type(e).__name__, e)
