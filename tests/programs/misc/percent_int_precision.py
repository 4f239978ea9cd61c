# printf-style integer conversions with a precision: zero-padded digits, then sign, '#' prefix
# and width, as PyUnicode_Format does.
cases = [("%08.3d", 5), ("%-8.3d|", -5), ("%+8.3d", 5), ("% .3d", 5), ("%#8.3x", 10),
         ("%#.3o", 8), ("%08.3x", 10), ("%.3X", 255), ("%-#8.3X|", 255), ("%.0d", 0),
         ("%5.3d", -8), ("%.3i", 7), ("%.3u", 7), ("%.3d", True), ("%.5x", -255),
         ("%.30d", 12345678901234567890)]
for f, v in cases:
    print(repr(f), repr(f % v), repr(f.encode() % v))
print("%*.*d|" % (6, 3, 4), "%*.*d|" % (-6, 3, 4))
