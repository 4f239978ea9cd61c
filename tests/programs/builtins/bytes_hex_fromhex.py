# bytes.hex (with sep and bytes_per_sep) and bytes/bytearray.fromhex with CPython's error
# positions; str.encode's fast paths (utf-8, ASCII text through ascii/latin-1).
for a in ['zz', '0', '0 1', 'a b', ' 01 ', '01\u00e9', '\u00e9\u00e9', '012', '0\x0b1',
          '01\u3000', '', '  ', 'AbCd ef\t01\n', '0 1\u00e9', 'g0']:
    try:
        print(repr(a), bytes.fromhex(a))
    except ValueError as e:
        print(repr(a), 'ValueError', e)
for bad in [5, None, b'01']:
    try:
        bytes.fromhex(bad)
    except TypeError as e:
        print('TypeError', e)
print(bytearray.fromhex('ab cd'), type(bytearray.fromhex('00')).__name__)
data = bytes(range(0, 256, 7))
print(data.hex())
print(data.hex(':'), data.hex('-', 3), data.hex(b'.', -4), data.hex(' ', 0))
print(b''.hex(), b''.hex(':'), bytearray(b'\x00\xff').hex('|'))
for sep in ['ab', '', 1]:
    try:
        print(b'\x01\x02'.hex(sep))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
assert bytes.fromhex(data.hex()) == data
for s in ['plain', 'caf\u00e9', '\u4e2d\u6587', '']:
    for enc in ['utf-8', 'utf8', 'UTF-8', 'ascii', 'latin-1']:
        try:
            print(repr(s), enc, s.encode(enc), s.encode(), s.encode(encoding=enc, errors='replace'))
        except UnicodeEncodeError as e:
            print(repr(s), enc, 'UnicodeEncodeError', e)
print('abc'.isalpha(), 'ab1'.isalpha(), ''.isalpha(), '\u00e9t\u00e9'.isalpha(), '123'.isdigit(),
      '12a'.isdigit(), 'ab'.islower(), ' \t'.isspace(), 'Ab'.isupper(), '12'.isdecimal())
