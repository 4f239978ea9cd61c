# repr of strings: quotes, escapes, unicode
cases = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "\x00\x07\x1b", "\\", "é", "日本",
         "\u200b", "\U0001f600", "\x7f", "\x80", "\ud800" if False else "s", "a'b\"c"]
for c in cases:
    print(repr(c), ascii(c), len(c))
print(repr(b"bytes\x00\xff'"), repr(bytearray(b"ab")), str(b"x"))
print(ord("a"), ord("é"), ord("日"), chr(97), chr(233), chr(0x1F600), chr(0))
print(str(123), str([1, "a"]), str({"k": "v"}), repr((1,)), repr(()), repr([]), repr({}), repr(set()))
