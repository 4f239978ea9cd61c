# bytes and bytearray with +, += and their TypeErrors (bytes_concat's wording).
print(b'a' + bytearray(b'b'), bytearray(b'a') + b'b', bytearray(b'a') + bytearray(b'z'), b'x' + b'y')
x = bytearray(b'q')
x += bytearray(b'r')
x += b's'
print(x)
y = b'p'
y += bytearray(b'q')
print(y, type(y).__name__)
for left in (b'a', bytearray(b'a')):
    for right in ('b', 1, [1], None, 2.5, (1,)):
        try:
            left + right
        except TypeError as e:
            print(type(left).__name__, type(right).__name__, e)
        z = left
        try:
            z += right
        except TypeError as e:
            print('+=', type(left).__name__, type(right).__name__, e)
print(b'ab' * 2, bytearray(b'c') * 3, 2 * b'd')
