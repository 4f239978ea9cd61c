# The namereplace error handler (\N{...} escapes) next to the other encode handlers.
import codecs
text = "Café ∑ naïve — 😀 \x7f ☃"
for enc in ("ascii", "latin-1", "cp1252", "cp437"):
    for errors in ("replace", "ignore", "backslashreplace", "xmlcharrefreplace", "namereplace"):
        try:
            print(enc, errors, text.encode(enc, errors))
        except (UnicodeError, LookupError) as e:
            print(enc, errors, type(e).__name__, e)
print("\N{SNOWMAN}".encode("ascii", "namereplace").decode("unicode_escape"))
print("\U000e0001\ue000".encode("ascii", "namereplace"))
try:
    text.encode("ascii", "nosuchhandler")
except LookupError as e:
    print(e)
print(codecs.encode("é", "ascii", "namereplace"))
