# str.isnumeric/isdigit/isdecimal/isalpha/isalnum/isprintable against CPython 3.12's Unicode
# 15.0.0 tables: a CRC over a sample of the code space, then characters where crates and
# CPython disagree (Unihan numerals, Other_Alphabetic marks, unassigned code points).
import zlib

crc = 0
for c in list(range(0, 0x3000, 3)) + list(range(0x3000, 0x110000, 97)):
    if 0xD800 <= c < 0xE000:
        continue
    ch = chr(c)
    bits = "%d%d%d%d%d%d" % (ch.isnumeric(), ch.isdigit(), ch.isdecimal(), ch.isalpha(),
                             ch.isalnum(), ch.isprintable())
    crc = zlib.crc32(bits.encode(), crc)
print("sample crc %08x" % crc)
for ch in "7\u00b2\u00bd\u0663\u4e00\u4e07\u5146\u3007\u2160\u0345\u05b0\u0378\u00ad\u2028\U0001F600\U000E0001\u0e50":
    print("%04X" % ord(ch), ch.isnumeric(), ch.isdigit(), ch.isdecimal(), ch.isalpha(),
          ch.isalnum(), ch.isprintable())
print(repr("a\u0378b\u00adc\u2028d\U0001F600e\U000E0001"), ascii("\u4e00\u4e8c"))
print("一二三".isnumeric(), "壹".isnumeric(), "Ⅻ".isalpha(), "ǅ".isalpha(), "x\u0345".isalpha())
