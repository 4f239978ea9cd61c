# Format-spec corners: the z flag, 0 with an explicit alignment, grouping checks,
# complex restrictions, and str.format's messages for unterminated fields
tests = [("ab", "05"), ("ab", ">05"), (5, "<05"), (-5, "=05"), (-5, "^07"), (1.0, "<05"),
         (1, "^05"), (-3, "x>6"), (-0.04, "z.1f"), (-0.0, "z"), (-0.0001, "z.2e"),
         (-0.0001, "+z.2f"), (-0.0001, " z.1%"), (-0.0, "zg"), (-1e-9, "z.3g"), (-0.0, "z.0f"),
         (-0.5, "z.0f"), (-0.6, "z.0f"), (-0.0, "z>8.2f"), (-0.001, "z010.2f"),
         (1, "z"), (1, "zd"), ("s", "z"), (1, ",_"), (1, "_,"), ("s", ","), ("s", "_"),
         (1, ",n"), (1, "_n"), (1, "_b"), (1, ",x"), (255, "_x"), (1.0, "_n"), (1.5, ",s"),
         (1j, "=10"), (1j, "010"), (1j, "0>10"), (-0.0 - 0j, "z.1f"), (1 + 2j, "*^12.1f"),
         (1234567, ",d"), (1234567.125, "_.2f"), (12, "#010b")]
for v, s in tests:
    try:
        print(repr(v), repr(s), repr(format(v, s)))
    except Exception as e:
        print(repr(v), repr(s), type(e).__name__, e)
for f in ["{", "{0", "x{", "{:", "{0!", "{0!r", "{0!rx}", "{0!}", "{0!}x", "{0!rs:}", "{0!r:}", "{!s:>4}", "{0:>{1}", "{0[", "}", "{0}}", "{{}}", "a{0}b{{"]:
    try:
        print(repr(f), repr(f.format(1, 2)))
    except Exception as e:
        print(repr(f), type(e).__name__, e)
print(f"{-0.0:z.2f} {-1e-7:z.3f} {-2.5:z.0f} {-0.4:+z.0f}|{'x':0>3}|{7:0<3}|{-7:0=5}")
