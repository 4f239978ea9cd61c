# string and bytes literal forms, escapes and implicit concatenation
print('single', "double", '''triple single''', """triple double""")
print("esc: \\ \' \" \a|\b|\f|\v|".encode(), "\101\x42\u0043\U00000044\N{LATIN SMALL LETTER E}")
print(r"raw \n \t \\", R"RAW \d", rb"raw bytes \x00", Br"\n")
print(b"bytes \x00\xff\n", b'\x41', bytes("ünï", "utf-8"))
print("implicit" " " "concatenation", len("a" "b" "c"))
print("""line1
line2\
continued""")
print("tab\tsep", "nul\0end".replace("\0", "<NUL>"), "\N{SNOWMAN}", "\u00e9" == "é")
print(u"unicode prefix", "\x7f".isprintable(), "日本語"[1], len("🎉"), "🎉".encode())
