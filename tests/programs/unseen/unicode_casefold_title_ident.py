# casefold beyond lower() (micro sign, long s, Greek symbol variants, Cherokee), titlecase of
# Georgian, Greek with ypogegrammeni and Armenian ligatures, isidentifier on XID classes.
samples = ["µs", "ſtraße", "ϐϑϕϖϰϱϵ", "ΐΰ", "ŉ", "ǰ", "ẞ", "İ", "ı", "Ꭰꭰᏸ", "ﬀﬅﬓ", "ᾳ ᾲ ᾷ", "ΣΑΣ ς"]
for s in samples:
    print(repr(s), repr(s.casefold()), repr(s.lower()), s.casefold() == s.upper().casefold())
print("Straße".casefold() == "STRASSE".casefold(), "µ".casefold() == "μ".casefold(), "ΜΆΪΟΣ".casefold())

georgian = "საქართველო თბილისი"
print(georgian.title(), georgian.capitalize(), georgian.upper() == georgian, len(georgian.upper()))
for s in ["ᾲ στο", "ᾷ", "ῂ ῄ ῇ ῲ ῴ ῷ", "ﬓﬔﬕﬖﬗ", "ǆemal ǉubljana", "ﬁsh ﬂow"]:
    print(repr(s.title()), repr(s.capitalize()), repr(s.upper()))

names = ["café", "naïve_x", "π", "Δx", "x²", "²x", "x\u0301", "\u0301x", "a·b", "℘", "℮", "x\u200d", "_1", "1_", "ℕ", "Ⅸ", "x\u0663", "\u0663x",
         "a\u0903", "\u0903a", "日本語", "한국", "x‿y", "x-y", "", "if", "None", "x\u00b7", "ªº", "ǅ"]
print([n for n in names if n.isidentifier()])
print([n for n in names if not n.isidentifier()])
