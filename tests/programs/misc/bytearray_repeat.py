# bytearray * n, n * bytearray and bytearray *= n (in place), with CPython's errors.
b = bytearray(b"ab")
print(b * 3, 2 * b, b * 0, b * -1, b)
c = b
c *= 2
print(c, b, c is b)
try:
    b * 2**64
except OverflowError as e:
    print("OverflowError", e)
try:
    b * 1.5
except TypeError as e:
    print("TypeError", e)
