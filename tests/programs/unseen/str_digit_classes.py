# str.isdigit / isdecimal over digits of many scripts, superscripts, fractions; int() of them
samples = ["123", "½", "²", "³¹", "⁰⁴", "₇", "①", "⑴", "⒈", "⓪", "➊", "➀", "❶", "፩", "٣", "۷",
           "߂", "५", "১", "๓", "႒", "０９", "𐴱", "𑁧", "𑃲", "𑇑", "𑓓", "𖩡", "𞅂", "𞥓", "🯵", "🄂",
           "Ⅻ", "ⅷ", "¼", "〇", "x1", "", " 1", "1.5", "-1", "𝟎𝟗"]
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), [hex(ord(c)) for c in s][:2])
for s in ["٣٤", "०१२", "𐴱𐴲", "𑁧𑁨", "𞥓0", "𝟗𝟗", "０９", "𑛀𑛁"]:
    try:
        print(repr(s), int(s), float(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for s in ["²", "①", "½"]:
    try:
        int(s)
    except ValueError as e:
        print("ValueError:", e)
bmp = [*range(0xD800), *range(0xE000, 0x10000)]  # no lone surrogates
print(sum(1 for c in map(chr, bmp) if c.isdigit()), sum(1 for c in map(chr, bmp) if c.isdecimal()))
print(sum(1 for c in map(chr, range(0x10000, 0x20000)) if c.isdigit()), sum(1 for c in map(chr, range(0x10000, 0x20000)) if c.isdecimal()))
