# struct is C in CPython.
import struct

print(struct.pack('<i', 7))
struct.pack('i', 'x')
