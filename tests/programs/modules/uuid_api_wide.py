# uuid: parsing every spelling, the fields and properties, name-based UUIDs, errors,
# comparisons, immutability, copying and pickling.
import copy
import pickle
import uuid


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
for spelling in ['12345678123456781234567812345678', 'urn:uuid:12345678-1234-5678-1234-567812345678',
                 '{12345678-1234-5678-1234-567812345678}', 'uuid:12345678-1234-5678-1234-567812345678']:
    print(uuid.UUID(spelling) == u)
print(u, repr(u), u.hex, u.int, u.urn, u.bytes, u.bytes_le, u.fields, u.time_low, u.time_mid,
      u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq,
      u.variant, u.version, u.is_safe, int(u), hash(u) == hash(u.int))
for kw in [dict(bytes=u.bytes), dict(bytes_le=u.bytes_le), dict(fields=u.fields), dict(int=u.int),
           dict(hex=u.hex, version=4), dict(int=0), dict(int=2 ** 128 - 1), dict(int=5, version=1)]:
    x = uuid.UUID(**kw)
    print(x, x.variant, x.version, x.bytes_le.hex())
for args, kw in [((), {}), (('zz',), {}), (('123',), {}), ((), dict(bytes=b'short')),
                 ((), dict(bytes_le=b'x' * 17)), ((), dict(fields=(1, 2, 3))), ((), dict(int=-1)),
                 ((), dict(int=2 ** 128)), ((), dict(int=1, version=6)), ((), dict(int=1, version=0)),
                 (('1' * 32,), dict(int=1)), ((), dict(fields=(2 ** 32, 0, 0, 0, 0, 0))),
                 ((), dict(fields=(0, 2 ** 16, 0, 0, 0, 0))), ((), dict(fields=(0, 0, -1, 0, 0, 0))),
                 ((), dict(fields=(0, 0, 0, 256, 0, 0))), ((), dict(fields=(0, 0, 0, 0, 256, 0))),
                 ((), dict(fields=(0, 0, 0, 0, 0, 2 ** 48)))]:
    attempt(f'UUID{args}{kw}', lambda: uuid.UUID(*args, **kw))
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == 1, sorted([b, a]), a == uuid.UUID(int=1))
attempt('lt int', lambda: a < 1)
attempt('setattr', lambda: setattr(a, 'int', 3))
attempt('new attr', lambda: setattr(a, 'x', 3))
print(copy.copy(u) == u, copy.deepcopy(u) == u, pickle.loads(pickle.dumps(u)) == u,
      pickle.loads(pickle.dumps(u)).is_safe, u.__getstate__() if hasattr(u, '__getstate__') else None)
for ns in (uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500):
    print(ns, uuid.uuid3(ns, 'python.org'), uuid.uuid5(ns, 'python.org'), uuid.uuid3(ns, b'bytes'),
          uuid.uuid5(ns, 'ünïcode'))
v4 = uuid.uuid4()
v1 = uuid.uuid1()
v1b = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(v4.version, v4.variant, len(str(v4)), v1.version, v1.variant, v1b.node == 0x123456789abc,
      v1b.clock_seq == 0x1234 & 0x3fff, v1b.time > v1.time - 10 ** 7, 0 <= uuid.getnode() < 2 ** 48)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)
print(list(uuid.SafeUUID), uuid.SafeUUID.safe, repr(uuid.SafeUUID.unknown), uuid.UUID(int=3, is_safe=uuid.SafeUUID.safe).is_safe)
for top in (0x0, 0x8, 0xc, 0xe):
    x = uuid.UUID(int=top << 60)
    print(hex(top), x.variant, x.version)
