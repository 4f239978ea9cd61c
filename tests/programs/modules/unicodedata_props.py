# unicodedata against CPython 3.12 (Unicode 15.0.0): a sample of every property over the
# whole code space (a CRC of the answers), then names, lookup, normalization and errors.
import unicodedata as u
import zlib

crc = 0
names = 0
for c in list(range(0, 0x3000, 7)) + list(range(0x3000, 0x110000, 211)):
    if 0xD800 <= c < 0xE000:
        continue
    ch = chr(c)
    line = "%X %s|%s|%d|%s|%d|%s|%s|%s|%s|%s;" % (
        c, u.category(ch), u.bidirectional(ch), u.combining(ch), u.east_asian_width(ch),
        u.mirrored(ch), u.decimal(ch, None), u.digit(ch, None), u.numeric(ch, None),
        u.decomposition(ch), u.name(ch, None))
    crc = zlib.crc32(line.encode(), crc)
print("sample crc %08x" % crc)
print(u.unidata_version)
for ch in "A\u00e9\u0301\u4e00\uac00\u00bd\u2167\u0663\U0001F600\u2028\u200f\ufeff\u3000\uff21\U00017000\U0001B170":
    print("%04X" % ord(ch), u.name(ch, "-"), u.category(ch), u.bidirectional(ch), u.combining(ch),
          u.east_asian_width(ch), u.mirrored(ch), u.numeric(ch, None), u.decomposition(ch))
print(u.lookup("SNOWMAN"), u.lookup("latin small letter a"), u.lookup("HANGUL SYLLABLE GAG"),
      u.lookup("CJK UNIFIED IDEOGRAPH-4E01"), u.lookup("LATIN CAPITAL LETTER GHA"))
for s in ["e\u0301", "\u00e9", "\u1e9b\u0323", "\ufb01", "\u2460", "\uac00\u11a8", "\u1100\u1161\u11a8",
          "a\u0328\u0301\u0323", "\u212b", "\u0344", "Ǆ", "x\u0300\u0315\u0301"]:
    print([ascii(u.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")],
          [u.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")])
for bad in [lambda: u.name("\x00"), lambda: u.lookup("NO SUCH THING"), lambda: u.decimal("x"),
            lambda: u.digit("x"), lambda: u.numeric("x"), lambda: u.normalize("NFX", "a"),
            lambda: u.category("ab"), lambda: u.normalize("NFC", b"a"), lambda: u.name(chr(0x378))]:
    try:
        print(bad())
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
print(u.decimal("x", -1), u.digit("\u00b2"), u.numeric("\u216b"), u.numeric("\U00012432"))
