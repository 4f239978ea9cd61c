# base64 (b64/urlsafe/b32/b16/b85/a85) and binascii (hexlify, crc32, errors)
import base64, binascii
for s in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40]]:
    e = base64.b64encode(s)
    print(e, base64.b64decode(e) == s, base64.b32encode(s), base64.b32decode(base64.b32encode(s)) == s, base64.b16encode(s)[:20], base64.b85encode(s), base64.a85encode(s))
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64decode("-__-"), base64.b64decode("aGVsbG8gd29ybGQ="), base64.b64decode(b"aGVs bG8=\n"))
print(base64.encodebytes(b"x" * 60), base64.b85decode(base64.b85encode(b"hello world")), base64.a85decode(base64.a85encode(b"\0\0\0\0abc")))
print(binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"), binascii.crc32(b"hello world"), binascii.crc_hqx(b"abc", 0), binascii.b2a_hex(b"abc", "-"))
for bad in ["abc", "a===", "ab=c"]:
    try:
        print(base64.b64decode(bad, validate=True))
    except binascii.Error as e:
        print("Error", e)
print(base64.b32hexencode(b"hi"), base64.b32decode("nbswy3dp", casefold=True))
