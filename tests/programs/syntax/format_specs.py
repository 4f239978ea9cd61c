# format() across types and the mini-language corners
cases = [
    (123, ""), (123, "d"), (123, "10d"), (123, "<10d"), (-123, "=10d"), (123, "+010d"),
    (0, "#x"), (255, "#010x"), (1 << 40, ","), (1 << 40, "_x"), (65, "c"), (10, "b"),
    (1.5, ""), (1.5, "10"), (1.5, "<10"), (-1.5, "=+10.2f"), (1e-7, ""), (1e16, ""),
    (123.456, ".1e"), (0.5, ".0f"), (1.5, ".0f"), (2.5, ".0f"), (12345.678, ",.1f"),
    ("text", ""), ("text", "10"), ("text", ">10"), ("text", "^10"), ("text", ".2"), ("text", "*<8.3"),
    (True, ""), (True, "d"), (None, ""), ([1, 2], ""), ((1,), ""),
    (3 + 4j, ""), (3 + 4j, ".1f"), (1 / 3, ".30f"), (2 ** 70, "e"), (123, "n"), (0.1, "n"),
]
for value, spec in cases:
    print(repr(value), repr(spec), repr(format(value, spec)))
for bad in [(1, "s"), ("s", "d"), (1.5, "x"), (1, ".2d")]:
    try:
        format(*bad)
    except ValueError as e:
        print("ValueError:", e)
