# format specs for floats
vals = [0.0, 1.0, -1.5, 3.14159265, 1234567.891, 0.000123456, 1e20, 2.5, 3.5, -0.0]
specs = ["", "f", ".2f", ".0f", "10.3f", "<10.2f", "^12.1f", "+.3f", "e", ".3e", "E", "g",
         ".3g", "G", "%", ".1%", ",.2f", "_.1f", "015.4f", "#.0f", "n"]
for v in vals:
    print(repr(v), [format(v, s) for s in specs])
print(format(float("inf"), "f"), format(float("-inf"), "e"), format(float("nan"), "g"))
print(format(float("nan"), "F"), format(float("inf"), "E"))
print("%.3f|%8.2f|%-8.2f|%e|%g|%G" % (2 / 3, 3.14159, 2.5, 12345.678, 0.00001234, 1e-10))
print("%5.1f%%" % 99.44, "%+d" % 5, "%x %X %o" % (255, 255, 8), "%s %r" % ("a", "a"))
print(round(0.125, 2), round(0.375, 2), f"{0.125:.2f}", f"{0.375:.2f}")
print(str(1e16), str(1.0e-7), f"{1e16}", f"{123.0:g}", f"{1e-7:g}")
