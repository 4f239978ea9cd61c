# base64 across its API: every codec on every length 0..12, alternative alphabets, padding
# and folding options, the errors, the file functions.
import base64
import io


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


data = bytes(range(250, 256)) + b'\x00\x00\x00\x00    hello'
for n in range(13):
    chunk = data[:n]
    enc = [base64.b64encode(chunk), base64.urlsafe_b64encode(chunk), base64.b32encode(chunk),
           base64.b32hexencode(chunk), base64.b16encode(chunk), base64.b85encode(chunk),
           base64.b85encode(chunk, pad=True), base64.a85encode(chunk), base64.a85encode(chunk, foldspaces=True),
           base64.a85encode(chunk, adobe=True), base64.a85encode(chunk, pad=True)]
    print(n, enc)
    dec = [base64.b64decode(enc[0]), base64.urlsafe_b64decode(enc[1]), base64.b32decode(enc[2]),
           base64.b32hexdecode(enc[3]), base64.b16decode(enc[4]), base64.b85decode(enc[5]),
           base64.a85decode(enc[7]), base64.a85decode(enc[8], foldspaces=True), base64.a85decode(enc[9], adobe=True)]
    assert all(d == chunk for d in dec), (n, dec)
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode('-_8=', altchars='-_'),
      base64.b64decode(b'aGk=\n'), base64.standard_b64encode(b'x'), base64.standard_b64decode('eA=='))
print(base64.b32decode('mzxw6===', casefold=True), base64.b32decode('0O======', map01='L'),
      base64.b32decode('IE1A====', map01=b'I') if False else '', base64.b16decode('4a6b', casefold=True))
print(base64.a85encode(b'x' * 60, wrapcol=20), base64.a85encode(b'x' * 30, wrapcol=1, adobe=True),
      base64.a85decode(b'<~+92~>', adobe=True), base64.a85decode(b'@:E_W AS,RgBkhF\n', ignorechars=b' \n'))
print(base64.encodebytes(b'x' * 100), base64.decodebytes(b'eHh4\n'), base64.encodebytes(b''),
      base64.encodebytes(bytearray(b'ab')), base64.encodebytes(memoryview(b'abc')))
for label, fn in [
        ('b64 bad', lambda: base64.b64decode('a')), ('b64 validate', lambda: base64.b64decode('aG k=', validate=True)),
        ('b64 nonascii', lambda: base64.b64decode('é')), ('b64 type', lambda: base64.b64decode(5)),
        ('alt len', lambda: base64.b64encode(b'x', altchars=b'-')),
        ('alt len dec', lambda: base64.b64decode(b'eA==', altchars=b'-')),
        ('b32 pad', lambda: base64.b32decode('MZXW6')), ('b32 digit', lambda: base64.b32decode('1ZXW6===')),
        ('b32 badpad', lambda: base64.b32decode('M=======')), ('b32 lower', lambda: base64.b32decode('mzxw6===')),
        ('b16 digit', lambda: base64.b16decode('4G')), ('b16 odd', lambda: base64.b16decode('4')),
        ('b16 lower', lambda: base64.b16decode('4a')), ('b85 char', lambda: base64.b85decode(b'ab"cd')),
        ('b85 overflow', lambda: base64.b85decode(b'~~~~~')), ('a85 z', lambda: base64.a85decode(b'!!z')),
        ('a85 y', lambda: base64.a85decode(b'!!y', foldspaces=True)), ('a85 digit', lambda: base64.a85decode(b'v')),
        ('a85 adobe', lambda: base64.a85decode(b'abc', adobe=True)), ('a85 overflow', lambda: base64.a85decode(b'uuuuu')),
        ('encodebytes str', lambda: base64.encodebytes('abc')), ('decodebytes str', lambda: base64.decodebytes('YQ==')),
        ('b64encode str', lambda: base64.b64encode('abc')), ('b32encode str', lambda: base64.b32encode('abc')),
        ('b16encode str', lambda: base64.b16encode('abc'))]:
    attempt(label, fn)
src, dst = io.BytesIO(b'hello world ' * 10), io.BytesIO()
base64.encode(src, dst)
print(dst.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(dst.getvalue()), back)
print(back.getvalue() == b'hello world ' * 10, base64.MAXLINESIZE, base64.MAXBINSIZE)
