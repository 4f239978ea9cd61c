# bench: common str/bytes operations over many short strings and a few long ones
# (split/join/replace/format/f-strings/encode/decode/hex/startswith, json, s += t).
# Prints each section's result (compared with CPython's); `text.py --times` also prints
# each section's time on stderr, to find the slow ones.
import json
import sys
import time

WORDS = ['alpha', 'beta', 'gamma', 'delta', 'épsilon', 'zeta', 'eta', 'théta', 'iota', 'kappa']
SHORT = [f'{WORDS[i % 10]}-{i}' for i in range(20_000)]
LONG_ASCII = ' '.join(w for w in WORDS if w.isascii()) * 4000
LONG_UNI = ' '.join(WORDS) * 3000
sections = []


def section(fn):
    sections.append(fn)
    return fn


@section
def split_join():
    total = 0
    for s in SHORT:
        parts = s.split('-')
        total += len(parts[0]) + len('/'.join(parts))
    big = LONG_ASCII.split()
    uni = LONG_UNI.split(' ')
    return total, len(big), len(uni), len(' '.join(big)), len(','.join(uni))


@section
def replace_strip():
    n = 0
    for s in SHORT:
        n += len(s.replace('a', 'AA').strip('0123456789').upper().lower())
    return n, len(LONG_ASCII.replace('eta', 'ETA!')), LONG_UNI.replace('é', 'e').count('e')


@section
def format_fstrings():
    out = []
    for i, s in enumerate(SHORT):
        out.append(f'{s:>16}|{i:6d}|{i / 7:.3f}|{i:#x}')
        out.append('%s=%d (%5.2f%%)' % (s, i, i / 200))
        out.append('{}:{:08b}'.format(s, i & 255))
    return len(out), sum(map(len, out)), out[12345]


@section
def encode_decode():
    n = 0
    for s in SHORT:
        b = s.encode()
        n += len(b) + len(b.decode()) + len(s.encode('latin-1', 'replace'))
    big = LONG_UNI.encode('utf-8')
    return n, len(big), len(big.decode('utf-8')), len(LONG_ASCII.encode('ascii').decode('ascii'))


@section
def bytes_ops():
    n = 0
    for s in SHORT[:5000]:
        b = s.encode()
        h = b.hex()
        n += len(h) + len(bytes.fromhex(h)) + b.count(b'a') + (b.startswith(b'al'))
    big = LONG_ASCII.encode()
    return n, len(big.hex()), big.count(b'eta'), len(big.split(b' ')), big.find(b'kappa', 1000)


@section
def search_tests():
    n = 0
    for s in SHORT:
        n += s.startswith('alpha') + s.endswith(('1', '2')) + ('eta' in s) + s.find('-')
        n += s.isdigit() + s[-1].isdigit() + s.isalpha()
    return n, LONG_ASCII.count('alpha'), LONG_UNI.find('kappa', 50_000), LONG_UNI.rfind('théta')


@section
def slicing_iteration():
    n = 0
    for s in SHORT[:5000]:
        for ch in s:
            n += ord(ch) & 1
        n += len(s[1:-1]) + len(s[::-1])
    u = LONG_UNI[:20_000]
    m = sum(1 for ch in u if ch == 'é')
    return n, m, len(LONG_UNI[1000:2000]), LONG_UNI[77_777]


@section
def concat_loop():
    s = ''
    for w in SHORT:
        s += w
        s += ','
    t = ''
    for i in range(30_000):
        t = t + 'é'
    return len(s), len(t)


@section
def json_roundtrip():
    data = [{'id': i, 'name': s, 'tags': s.split('-'), 'x': i / 4, 'ok': i % 3 == 0, 'n': None}
            for i, s in enumerate(SHORT[:5000])]
    text = json.dumps(data)
    back = json.loads(text)
    pretty = json.dumps(data[:500], indent=2, sort_keys=True)
    return len(text), back == data, len(pretty), json.loads(pretty) == data[:500]


times = '--times' in sys.argv
for fn in sections:
    t = time.perf_counter()
    r = fn()
    dt = time.perf_counter() - t
    print(fn.__name__, r)
    if times:
        print(f'{fn.__name__:20s} {dt:.4f}', file=sys.stderr)
