# array and binascii are C in CPython.
import array
import binascii

print(array.array('i', [1, 2]).tolist(), binascii.hexlify(b'\x01'))
try:
    array.array('q', 'x')
except TypeError as e:
    print("TypeError:", e)
binascii.unhexlify('abc')
