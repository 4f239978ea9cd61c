# bytes % args: %s/%b take only bytes-like objects or objects with __bytes__, %r is %a,
# and a mapping is indexed by bytes keys (CPython 3.12's bytes formatting).


def attempt(f):
    try:
        return repr(f())
    except Exception as e:
        return f'{type(e).__name__}: {e}'


class B:
    def __bytes__(self):
        return b'BB'


class Bad:
    def __bytes__(self):
        return 'not bytes'


class Sub(bytes):
    pass


cases = [
    lambda: b'%s' % 5,
    lambda: b'%s' % 'x',
    lambda: b'%b' % 2.5,
    lambda: b'%s' % None,
    lambda: b'%s' % b'ok',
    lambda: b'%b' % bytearray(b'ba'),
    lambda: b'%s' % B(),
    lambda: b'%s' % Bad(),
    lambda: b'%s' % Sub(b'sub'),
    lambda: b'%5s|%-4b|' % (b'ab', b'c'),
    lambda: b'%.1s' % b'xyz',
    lambda: b'%r' % 'caf\xe9',
    lambda: b'%a' % 'caf\xe9',
    lambda: b'%r' % b'q',
    lambda: b'%d %x %c' % (3, 255, 65),
    lambda: b'%(k)s' % {b'k': b'v'},
    lambda: b'%(k)s' % {'k': b'v'},
    lambda: b'%(k)d-%(j)s' % {b'k': 1, b'j': b'J'},
    lambda: bytearray(b'%s') % 5,
    lambda: bytearray(b'<%s>') % b'x',
    lambda: bytearray(b'%(a)s') % {b'a': b'A'},
    lambda: '%s' % b'x',
]
for c in cases:
    print(attempt(c))
