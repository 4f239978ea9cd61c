# uuid: parsing and fields, uuid3/uuid5 (md5/sha1), uuid4/uuid1 shape, ordering, errors
import uuid
u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u, repr(u), u.hex, u.int, u.version, u.variant, u.fields, u.urn, u.bytes_le.hex())
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, "http://x"))
r = uuid.uuid4(); print(r.version, r.variant, len(str(r)), uuid.UUID(str(r)) == r, uuid.uuid1().version)
print(uuid.UUID(bytes=b"\x00" * 16), uuid.UUID(int=1), uuid.UUID(fields=(1, 2, 3, 4, 5, 6)), sorted([uuid.UUID(int=3), uuid.UUID(int=1)]))
try:
    uuid.UUID("bad")
except ValueError as e:
    print("ValueError", e)
