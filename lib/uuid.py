"""UUID objects (RFC 4122) (pydive's uuid: UUID parsing/formatting and fields, uuid3/4/5,
NAMESPACE_*; uuid1 from the clock and a random node)."""

import os
from enum import Enum

__all__ = ["UUID", "uuid1", "uuid3", "uuid4", "uuid5", "NAMESPACE_DNS", "NAMESPACE_URL",
           "NAMESPACE_OID", "NAMESPACE_X500", "RESERVED_NCS", "RFC_4122",
           "RESERVED_MICROSOFT", "RESERVED_FUTURE", "SafeUUID", "getnode"]

# the variants, by the top bits of clock_seq_hi_variant
RESERVED_NCS = "reserved for NCS compatibility"
RFC_4122 = "specified in RFC 4122"
RESERVED_MICROSOFT = "reserved for Microsoft compatibility"
RESERVED_FUTURE = "reserved for future definition"

int_ = int  # (the names int and bytes are parameters of UUID())
bytes_ = bytes


class SafeUUID(Enum):
    safe = 0
    unsafe = -1
    unknown = None


# The six fields, most significant first: (name, lowest bit in the 128-bit int, width).
_LAYOUT = (("time_low", 96, 32), ("time_mid", 80, 16), ("time_hi_version", 64, 16),
           ("clock_seq_hi_variant", 56, 8), ("clock_seq_low", 48, 8), ("node", 0, 48))


def _swap_le(raw):
    # the first three fields in little-endian order and back (it is its own inverse)
    return raw[3::-1] + raw[5:3:-1] + raw[7:5:-1] + raw[8:]


def _from_hex(text):
    for prefix in ("urn:", "uuid:"):
        text = text.replace(prefix, "")
    digits = text.strip("{}").replace("-", "")
    if len(digits) != 32:
        raise ValueError("badly formed hexadecimal UUID string")
    return int_(digits, 16)


def _from_fields(fields):
    if len(fields) != 6:
        raise ValueError("fields is not a 6-tuple")
    value = 0
    for number, ((_, shift, width), part) in enumerate(zip(_LAYOUT, fields), 1):
        if part < 0 or part >= 1 << width:
            article = "an" if width == 8 else "a"
            raise ValueError(f"field {number} out of range (need {article} {width}-bit value)")
        value |= part << shift
    return value


class UUID:
    """A universally unique identifier (128-bit int)."""

    __slots__ = ("int", "is_safe", "__weakref__")

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None,
                 version=None, *, is_safe=SafeUUID.unknown):
        given = [arg for arg in (hex, bytes, bytes_le, fields, int) if arg is not None]
        if len(given) != 1:
            raise TypeError("one of the hex, bytes, bytes_le, fields, or int arguments must "
                            "be given")
        if hex is not None:
            int = _from_hex(hex)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError("bytes_le is not a 16-char string")
            bytes = _swap_le(bytes_le)
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError("bytes is not a 16-char string")
            int = int_.from_bytes(bytes, "big")
        if fields is not None:
            int = _from_fields(fields)
        if int < 0 or int >= 1 << 128:
            raise ValueError("int is out of range (need a 128-bit value)")
        if version is not None:
            if version < 1 or version > 5:
                raise ValueError("illegal version number")
            # the RFC 4122 variant (bits 10 at the top of clock_seq) and the version nibble
            int = (int & ~(0xc000 << 48)) | (0x8000 << 48)
            int = (int & ~(0xf000 << 64)) | (version << 76)
        object.__setattr__(self, "int", int)
        object.__setattr__(self, "is_safe", is_safe)

    def __getstate__(self):
        state = {"int": self.int}
        if self.is_safe != SafeUUID.unknown:
            state["is_safe"] = self.is_safe.value  # (an int pickles in any Python)
        return state

    def __setstate__(self, state):
        object.__setattr__(self, "int", state["int"])
        safety = SafeUUID(state["is_safe"]) if "is_safe" in state else SafeUUID.unknown
        object.__setattr__(self, "is_safe", safety)

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return f"{type(self).__name__}({str(self)!r})"

    def __setattr__(self, name, value):
        raise TypeError("UUID objects are immutable")

    def __str__(self):
        digits = self.hex
        return "-".join((digits[:8], digits[8:12], digits[12:16], digits[16:20], digits[20:]))

    @property
    def bytes(self):
        return self.int.to_bytes(16, "big")

    @property
    def bytes_le(self):
        return _swap_le(self.bytes)

    @property
    def fields(self):
        return tuple(getattr(self, name) for name, _, _ in _LAYOUT)

    @property
    def time(self):
        return ((self.time_hi_version & 0x0fff) << 48) | (self.time_mid << 32) | self.time_low

    @property
    def clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    @property
    def hex(self):
        return format(self.int, "032x")

    @property
    def urn(self):
        return "urn:uuid:" + str(self)

    @property
    def variant(self):
        # the first zero among the top three bits of clock_seq_hi_variant decides
        top = (self.int >> 61) & 0b111
        if not top & 0b100:
            return RESERVED_NCS
        if not top & 0b010:
            return RFC_4122
        if not top & 0b001:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        # meaningful for RFC 4122 UUIDs only
        return (self.int >> 76) & 0xf if self.variant == RFC_4122 else None


def _field_property(shift, width):
    return property(lambda self: (self.int >> shift) & ((1 << width) - 1))


for _name, _shift, _width in _LAYOUT:
    setattr(UUID, _name, _field_property(_shift, _width))
del _name, _shift, _width


def _compare(name, test):
    def method(self, other):
        if isinstance(other, UUID):
            return test(self.int, other.int)
        return NotImplemented
    method.__name__, method.__qualname__ = name, "UUID." + name
    setattr(UUID, name, method)


_compare("__eq__", lambda a, b: a == b)
_compare("__lt__", lambda a, b: a < b)
_compare("__gt__", lambda a, b: a > b)
_compare("__le__", lambda a, b: a <= b)
_compare("__ge__", lambda a, b: a >= b)

_node = None


def getnode():
    """A random 48-bit node with the multicast bit set (no hardware address is read)."""
    global _node
    if _node is None:
        _node = int_.from_bytes(os.urandom(6), "big") | (1 << 40)
    return _node


_last_timestamp = None
_GREGORIAN_TO_EPOCH = 0x01b21dd213814000  # 100 ns steps from 1582-10-15 to 1970-01-01


def uuid1(node=None, clock_seq=None):
    """A UUID from a host ID, sequence number, and the current time."""
    import time
    global _last_timestamp
    ticks = time.time_ns() // 100 + _GREGORIAN_TO_EPOCH
    if _last_timestamp is not None and ticks <= _last_timestamp:
        ticks = _last_timestamp + 1  # never twice the same time from this process
    _last_timestamp = ticks
    if clock_seq is None:
        clock_seq = int_.from_bytes(os.urandom(2), "big") & 0x3fff
    if node is None:
        node = getnode()
    fields = (ticks & 0xffffffff, (ticks >> 32) & 0xffff, (ticks >> 48) & 0x0fff,
              (clock_seq >> 8) & 0x3f, clock_seq & 0xff, node)
    return UUID(fields=fields, version=1)


def _name_based(namespace, name, algorithm, version):
    data = bytes_(name, "utf-8") if isinstance(name, str) else name
    return UUID(bytes=algorithm(namespace.bytes + data).digest()[:16], version=version)


def uuid3(namespace, name):
    """A UUID from the MD5 hash of a namespace UUID and a name."""
    from hashlib import md5
    return _name_based(namespace, name, md5, 3)


def uuid4():
    """A random UUID."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """A UUID from the SHA-1 hash of a namespace UUID and a name."""
    from hashlib import sha1
    return _name_based(namespace, name, sha1, 5)


NAMESPACE_DNS = UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_URL = UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_OID = UUID("6ba7b812-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_X500 = UUID("6ba7b814-9dad-11d1-80b4-00c04fd430c8")
