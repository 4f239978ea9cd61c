# round() of floats to negative digit counts, of huge floats to int, and divmod's zero message
values = [1e300, 123456.789, 2.5e-5, -155.0, 145.0, 5e15 + 5, 1.5e22, 25.0, 35.0, -0.0,
          999999.5, 1234567890123.0, 2.0**60, 0.1, 7.7e100]
for v in values:
    print(repr(v), [round(v, d) for d in (-1, -2, -3, -5, -20)])
print(round(1e300, -300), round(5e299, -300), round(4.9e299, -300), round(1e308, -308))
print(round(1e300, -310), round(-2.5e100, -100))
try:
    print(round(1.7e308, -308))
except OverflowError as e:
    print("OverflowError:", e)
for big in [1e300, -1e50, 3e38, 2.0**127, 1.5e20, 2.5, -3.5]:
    r = round(big)
    print(type(r).__name__, r == int(big) or r, len(str(r)))
for a, b in [(1.0, 0), (1, 0.0), (True, 0.0), (-2.5, 0.0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
for a, b in [(7.5, 2), (-7.5, 2), (7, -2.5), (1e300, 3.0)]:
    print(divmod(a, b))
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    2.0 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
