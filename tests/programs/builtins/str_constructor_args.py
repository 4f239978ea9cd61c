# str(object, encoding, errors): argument checks and decoding, as CPython 3.12.


def attempt(src):
    try:
        return repr(eval(src))
    except Exception as e:
        return f'{type(e).__name__}: {e}'


class S(str):
    pass


for src in [
    "str()", "str(5)", "str(1, 2)", "str(b'a', 2)", "str(b'a', 'ascii', 3)",
    "str(b'abc', 'ascii')", "str(b'ab\\xff', 'ascii', 'replace')", "str(b'ab\\xff', errors='ignore')",
    "str(bytearray(b'xy'), 'utf-8')", "str(memoryview(b'mv'), 'utf-8')", "str(1, 'utf-8')",
    "str('x', 'utf-8')", "str(b'a', 'ascii', 'strict', 4)", "str(object=b'q')",
    "str(object=b'q', encoding='latin-1')", "str(b'a', x=1)", "str(b'a', S('ascii'))",
    "S(b'k', 'ascii')", "type(S(b'k', 'ascii')).__name__", "str(encoding='utf-8')",
]:
    print(src, '->', attempt(src))
