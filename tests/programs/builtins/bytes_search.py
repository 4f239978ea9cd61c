# find/rfind/index/rindex/count/startswith/endswith of bytes and bytearray: bounds
# (negative, past the end, None, __index__), empty needles, int needles, errors.
class Idx:
    def __index__(self):
        return 2

    def __repr__(self):
        return 'Idx()'


for data in (b'abcabcab', bytearray(b'abcabcab'), b'', b'\xff\x00\xffa'):
    for sub in (b'ab', b'c', b'', 97, b'zz', bytearray(b'ca'), b'\xff', 255, 0):
        for bounds in ((), (1,), (-3,), (2, 6), (5, 2), (100,), (-100, -1), (None, 4),
                       (Idx(),), (0, 10**30), (-10**30,)):
            row = []
            for name in ('find', 'rfind', 'count', 'index', 'rindex'):
                try:
                    row.append(getattr(data, name)(sub, *bounds))
                except ValueError as e:
                    row.append(str(e))
            if not isinstance(sub, int):
                row.append(data.startswith(sub, *bounds))
                row.append(data.endswith(sub, *bounds))
            print(type(data).__name__, data[:4], sub, bounds, row)
print(b'hello'.startswith((b'x', b'he')), b'hello'.endswith((b'lo', b'x'), 0, 4))
for bad in (lambda: b'a'.find('a'), lambda: b'a'.find(256), lambda: b'a'.count(-1),
            lambda: b'a'.index(b'b'), lambda: b'a'.startswith('a'), lambda: b'a'.find(b'a', 'x'),
            lambda: b'a'.find(b'a', 0, 1, 2), lambda: b'a'.find(b'a', start=0),
            lambda: b'a'.startswith((b'a', 'b')), lambda: bytearray(b'a').rindex(b'q')):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
ba = bytearray(range(256)) * 4
print(ba[5], ba[-1], ba[1020:1024], ba.find(b'\x05\x06', 300), ba.rfind(255), ba.count(7))
