# str case methods
words = ["hello", "Hello World", "HELLO", "hello_world 42", "ßtraße", "ǅemal", "", "a1b2", "they're bill's"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
    print("  ", w.isupper(), w.islower(), w.istitle(), w.isalpha(), w.isdigit(), w.isalnum(), w.isspace(), w.isidentifier())
print("123".isdecimal(), "½".isnumeric(), "²".isdigit(), "²".isdecimal(), " \t\n".isspace(), "abc".isascii(), "é".isascii())
print("Tab\there".expandtabs(), "a\tbc\tdef".expandtabs(4), "x".isprintable(), "\n".isprintable())
