# bytes(obj) calls obj.__bytes__() first; its result must be bytes.
class A:
    def __bytes__(self):
        return b'from A'


class Bad:
    def __bytes__(self):
        return 'text'


class Both(list):
    def __bytes__(self):
        return b'dunder wins'


print(bytes(A()), bytes(Both([1, 2])), bytearray(Both([1, 2])), bytes([1, 2]), bytes(3), bytes(b'x'))
try:
    bytes(Bad())
except TypeError as e:
    print('TypeError', e)
try:
    bytes(object())
except TypeError as e:
    print('TypeError', e)
import pathlib
print(bytes(pathlib.PurePosixPath('/a/b')))
