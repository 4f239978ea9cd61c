# NaNs packed and unpacked by struct keep their sign and payload bits, as CPython's
# PyFloat_Pack8/Unpack8 (a double's payload narrowed to a float's as C's conversion does).
import math
import struct

print(struct.pack('>d', float('nan')).hex(), struct.pack('<f', float('nan')).hex())
print(struct.pack('>d', math.nan).hex(), struct.pack('>d', -math.nan).hex(),
      struct.pack('>d', float('-nan')).hex())
print(struct.pack('>d', math.inf - math.inf).hex())
for h in ('7ff8000000000001', 'fff8000000000000', '7ff0000000000001', 'fff8000000000123'):
    x = struct.unpack('>d', bytes.fromhex(h))[0]
    print(h, struct.pack('>d', x).hex(), struct.pack('>f', x).hex(), math.copysign(1, x))
for h in ('7fc00001', 'ffc00000', '7f800001'):
    x = struct.unpack('>f', bytes.fromhex(h))[0]
    print(h, struct.pack('>f', x).hex(), struct.pack('>d', x).hex())
print(struct.pack('>e', float('nan')).hex(), struct.pack('>e', -math.nan).hex())
print(struct.unpack('>e', bytes.fromhex('fe00'))[0], struct.pack('<dd', 1.5, math.nan).hex())
