"""A fast, lightweight IPv4/IPv6 manipulation library in Python.

This library is used to create/poke/manipulate IPv4 and IPv6 addresses
and networks.
"""

# pydive's ipaddress: addresses, networks and interfaces of both versions kept as
# (integer, prefix length); parsing, text forms, properties and messages follow CPython's.

import functools

__version__ = '1.0'

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """A Value Error related to the address."""


class NetmaskValueError(ValueError):
    """A Value Error related to the netmask."""


def ip_address(address):
    """Take an IP string/int and return an object of the correct type."""
    for cls in (IPv4Address, IPv6Address):
        try:
            return cls(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 address')


def ip_network(address, strict=True):
    """Take an IP string/int and return an object of the correct type."""
    for cls in (IPv4Network, IPv6Network):
        try:
            return cls(address, strict)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 network')


def ip_interface(address):
    """Take an IP string/int and return an object of the correct type."""
    for cls in (IPv4Interface, IPv6Interface):
        try:
            return cls(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 interface')


def v4_int_to_packed(address):
    return address.to_bytes(4, 'big')


def v6_int_to_packed(address):
    return address.to_bytes(16, 'big')


# ---- text forms ----

def _parse_v4(text):
    if not text:
        raise AddressValueError('Address cannot be empty')
    parts = text.split('.')
    if len(parts) != 4:
        raise AddressValueError("Expected 4 octets in %r" % text)
    value = 0
    for p in parts:
        if not p:
            raise AddressValueError("Empty octet not permitted in %r" % text)
        if not (p.isascii() and p.isdigit()):
            raise AddressValueError("Only decimal digits permitted in %r in %r" % (p, text))
        if len(p) > 3:
            raise AddressValueError("At most 3 characters permitted in %r in %r" % (p, text))
        if p != '0' and p[0] == '0':
            raise AddressValueError("Leading zeros are not permitted in %r in %r" % (p, text))
        n = int(p, 10)
        if n > 255:
            raise AddressValueError("Octet %d (> 255) not permitted in %r" % (n, text))
        value = value << 8 | n
    return value


def _v4_text(n):
    return '.'.join(str(n >> s & 0xFF) for s in (24, 16, 8, 0))


def _parse_v6(text):
    if not text:
        raise AddressValueError('Address cannot be empty')
    if '%' in text:
        text = text.split('%', 1)[0]
    parts = text.split(':')
    if len(parts) < 3:
        raise AddressValueError("At least 3 parts expected in %r" % text)
    tail = []
    if '.' in parts[-1]:
        v4 = _parse_v4(parts.pop())
        tail = ['%x' % (v4 >> 16), '%x' % (v4 & 0xFFFF)]
    parts += tail
    if len(parts) > 9:
        raise AddressValueError("At most 8 colons permitted in %r" % text)
    skip = None
    for i in range(1, len(parts) - 1):
        if not parts[i]:
            if skip is not None:
                raise AddressValueError("At most one '::' permitted in %r" % text)
            skip = i
    if skip is not None:
        head, back = skip, len(parts) - skip - 1
        if not parts[0]:
            head -= 1
            if head:
                raise AddressValueError("Leading ':' only permitted as part of '::' in %r" % text)
        if not parts[-1]:
            back -= 1
            if back:
                raise AddressValueError("Trailing ':' only permitted as part of '::' in %r" % text)
        missing = 8 - (head + back)
        if missing < 1:
            raise AddressValueError("Expected at most 7 other parts with '::' in %r" % text)
        groups = parts[:head] if parts[0] else []
        if not parts[0]:
            groups = []
        else:
            groups = parts[:head]
        groups = groups + ['0'] * missing + (parts[len(parts) - back:] if back else [])
    else:
        if len(parts) != 8:
            raise AddressValueError("Exactly 8 parts expected without '::' in %r" % text)
        if not parts[0]:
            raise AddressValueError("Leading ':' only permitted as part of '::' in %r" % text)
        if not parts[-1]:
            raise AddressValueError("Trailing ':' only permitted as part of '::' in %r" % text)
        groups = parts
    value = 0
    for g in groups:
        if len(g) > 4:
            raise AddressValueError("At most 4 characters permitted in %r" % g)
        try:
            n = int(g, 16)
        except ValueError:
            raise AddressValueError("Only hex digits permitted in %r" % g) from None
        if not all(c in '0123456789abcdefABCDEF' for c in g):
            raise AddressValueError("Only hex digits permitted in %r" % g)
        value = value << 16 | n
    return value


def _v6_groups(n):
    return ['%x' % (n >> s & 0xFFFF) for s in range(112, -1, -16)]


def _v6_text(n):
    groups = _v6_groups(n)
    # the longest run of two or more zero groups (the first one on a tie) becomes '::'
    best, best_len, start = -1, 0, -1
    for i, g in enumerate(groups + ['x']):
        if g == '0':
            if start < 0:
                start = i
        elif start >= 0:
            if i - start > best_len:
                best, best_len = start, i - start
            start = -1
    if best_len > 1:
        groups[best:best + best_len] = ['']
        if best == 0:
            groups.insert(0, '')
        if best + best_len == 8:
            groups.append('')
    return ':'.join(groups)


# ---- common behaviour ----

@functools.total_ordering
class _Address:
    __slots__ = ('_ip', '__weakref__')

    def __init__(self, address):
        if isinstance(address, int):
            if address < 0 or address > self._ALL_ONES:
                raise AddressValueError("%d (< 0) is not permitted as an %s address"
                                        % (address, self._name) if address < 0 else
                                        "%d (>= 2**%d) is not permitted as an %s address"
                                        % (address, self.max_prefixlen, self._name))
            self._ip = address
            return
        if isinstance(address, bytes):
            if len(address) != self.max_prefixlen // 8:
                raise AddressValueError("%r (len %d != %d) is not permitted as an %s address"
                                        % (address, len(address), self.max_prefixlen // 8,
                                           self._name))
            self._ip = int.from_bytes(address, 'big')
            return
        text = str(address)
        if '/' in text:
            raise AddressValueError("Unexpected '/' in %r" % address)
        self._ip = self._parse(text)

    def __int__(self):
        return self._ip

    def __index__(self):
        return self._ip

    def __eq__(self, other):
        if not isinstance(other, _Address):
            return NotImplemented
        return (self.version, self._ip) == (other.version, other._ip)

    def __lt__(self, other):
        if not isinstance(other, _Address):
            return NotImplemented
        if self.version != other.version:
            raise TypeError('%s and %s are not of the same version' % (self, other))
        return self._ip < other._ip

    def __hash__(self):
        return hash(hex(int(self._ip)))

    def __add__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(self._ip + other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(self._ip - other)

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __str__(self):
        return self._text(self._ip)

    def __format__(self, fmt):
        if not fmt or fmt[-1] == 's':
            return format(str(self), fmt)
        raise NotImplementedError("pydive does not support formatting IP addresses "
                                  "with %r yet" % fmt)

    def __reduce__(self):
        return self.__class__, (self._ip,)

    @property
    def packed(self):
        return self._ip.to_bytes(self.max_prefixlen // 8, 'big')

    @property
    def compressed(self):
        return str(self)

    @property
    def version(self):
        return self._version

    @property
    def max_prefixlen(self):
        return self._max

    def _in_any(self, nets):
        return any(self in n for n in nets)

    @property
    def is_private(self):
        return self._in_any(self._private())

    @property
    def is_multicast(self):
        return self in self._net(self._MULTICAST)

    @property
    def is_loopback(self):
        return self in self._net(self._LOOPBACK)

    @property
    def is_link_local(self):
        return self in self._net(self._LINK_LOCAL)

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_reserved(self):
        return self._in_any([self._net(n) for n in self._RESERVED])


def _nets(cls, texts):
    return [cls(t) for t in texts]


class IPv4Address(_Address):
    """Represent and manipulate single IPv4 Addresses."""

    __slots__ = ()
    _version = 4
    _max = IPV4LENGTH
    _ALL_ONES = (1 << IPV4LENGTH) - 1
    _name = 'IPv4'
    _MULTICAST = '224.0.0.0/4'
    _LOOPBACK = '127.0.0.0/8'
    _LINK_LOCAL = '169.254.0.0/16'
    _RESERVED = ['240.0.0.0/4']
    _parse = staticmethod(_parse_v4)
    _text = staticmethod(_v4_text)

    @staticmethod
    def _net(text):
        return IPv4Network(text)

    @staticmethod
    def _private():
        return _V4_PRIVATE

    @property
    def exploded(self):
        return str(self)

    @property
    def is_global(self):
        return self not in IPv4Network('100.64.0.0/10') and not self.is_private

    @property
    def reverse_pointer(self):
        return '.'.join(reversed(str(self).split('.'))) + '.in-addr.arpa'

    @property
    def ipv4_mapped(self):
        return None


class IPv6Address(_Address):
    """Represent and manipulate single IPv6 Addresses."""

    __slots__ = ('_scope_id',)
    _version = 6
    _max = IPV6LENGTH
    _ALL_ONES = (1 << IPV6LENGTH) - 1
    _name = 'IPv6'
    _MULTICAST = 'ff00::/8'
    _LOOPBACK = '::1/128'
    _LINK_LOCAL = 'fe80::/10'
    _RESERVED = ['::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4',
                 '4000::/3', '6000::/3', '8000::/3', 'A000::/3', 'C000::/3', 'E000::/4',
                 'F000::/5', 'F800::/6', 'FE00::/9']
    _parse = staticmethod(_parse_v6)
    _text = staticmethod(_v6_text)

    def __init__(self, address):
        self._scope_id = None
        if isinstance(address, str) and '%' in address:
            address, scope = address.split('%', 1)
            if not scope or '%' in scope:
                raise AddressValueError('Invalid IPv6 address: %r' % (address + '%' + scope))
            self._scope_id = scope
        super().__init__(address)

    def __str__(self):
        s = _v6_text(self._ip)
        return s + '%' + self._scope_id if self._scope_id else s

    @staticmethod
    def _net(text):
        return IPv6Network(text)

    @staticmethod
    def _private():
        return _V6_PRIVATE

    @property
    def scope_id(self):
        return self._scope_id

    @property
    def exploded(self):
        return ':'.join('%04x' % (self._ip >> s & 0xFFFF) for s in range(112, -1, -16))

    @property
    def is_loopback(self):
        return self._ip == 1

    @property
    def is_private(self):
        # an IPv4-mapped address answers as its IPv4 address does
        v4 = self.ipv4_mapped
        if v4 is not None:
            return v4.is_private
        return self._in_any(_V6_PRIVATE)

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_site_local(self):
        return self in IPv6Network('fec0::/10')

    @property
    def ipv4_mapped(self):
        if self._ip >> 32 != 0xFFFF:
            return None
        return IPv4Address(self._ip & 0xFFFFFFFF)

    @property
    def teredo(self):
        if self._ip >> 96 != 0x20010000:
            return None
        return (IPv4Address(self._ip >> 64 & 0xFFFFFFFF),
                IPv4Address(~self._ip & 0xFFFFFFFF))

    @property
    def sixtofour(self):
        if self._ip >> 112 != 0x2002:
            return None
        return IPv4Address(self._ip >> 80 & 0xFFFFFFFF)

    @property
    def reverse_pointer(self):
        digits = self.exploded.replace(':', '')
        return '.'.join(reversed(digits)) + '.ip6.arpa'


@functools.total_ordering
class _Network:
    """A network: its address (host bits zero) and prefix length."""

    def __init__(self, address, strict=True):
        addr, prefix = self._split(address)
        mask = self._mask(prefix)
        if addr._ip & ~mask & self._addr._ALL_ONES:
            if strict:
                raise ValueError('%s has host bits set' % self._spec(address))
            addr = self._addr(addr._ip & mask)
        self.network_address = addr
        self._prefixlen = prefix
        self.netmask = self._addr(mask)

    @staticmethod
    def _spec(address):
        if isinstance(address, tuple):
            return '%s/%s' % address
        return str(address)

    def _split(self, address):
        A = self._addr
        if isinstance(address, (int, bytes)):
            return A(address), A._max
        if isinstance(address, tuple):
            a = A(address[0])
            prefix = self._prefix_from(str(address[1]) if len(address) > 1 else str(A._max))
            return a, prefix
        text = str(address)
        parts = text.split('/')
        if len(parts) > 2:
            raise AddressValueError("Only one '/' permitted in %r" % text)
        a = A(parts[0])
        prefix = self._prefix_from(parts[1]) if len(parts) == 2 else A._max
        return a, prefix

    def _prefix_from(self, s):
        A = self._addr
        if s.isascii() and s.isdigit():
            n = int(s)
            if 0 <= n <= A._max:
                return n
            raise NetmaskValueError('%r is not a valid netmask' % s)
        if A is IPv4Address:
            try:
                m = _parse_v4(s)
            except AddressValueError:
                raise NetmaskValueError('%r is not a valid netmask' % s) from None
            for cand in (m, m ^ A._ALL_ONES):
                ones = bin(cand).count('1')
                if cand == self._mask(ones):
                    return ones
        raise NetmaskValueError('%r is not a valid netmask' % s)

    def _mask(self, prefix):
        A = self._addr
        return (A._ALL_ONES << (A._max - prefix)) & A._ALL_ONES

    @property
    def prefixlen(self):
        return self._prefixlen

    @property
    def version(self):
        return self._addr._version

    @property
    def max_prefixlen(self):
        return self._addr._max

    @property
    def hostmask(self):
        return self._addr(self.netmask._ip ^ self._addr._ALL_ONES)

    @property
    def broadcast_address(self):
        return self._addr(self.network_address._ip | self.hostmask._ip)

    @property
    def num_addresses(self):
        return self.broadcast_address._ip - self.network_address._ip + 1

    @property
    def with_prefixlen(self):
        return '%s/%d' % (self.network_address, self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self.network_address, self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self.network_address, self.hostmask)

    @property
    def compressed(self):
        return str(self)

    @property
    def exploded(self):
        return '%s/%d' % (self.network_address.exploded, self._prefixlen)

    def __str__(self):
        return '%s/%d' % (self.network_address, self._prefixlen)

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __hash__(self):
        return hash((int(self.network_address), int(self.netmask)))

    def __eq__(self, other):
        if not isinstance(other, _Network):
            return NotImplemented
        return (self.version, self.network_address, self.netmask) == \
            (other.version, other.network_address, other.netmask)

    def __lt__(self, other):
        if not isinstance(other, _Network):
            return NotImplemented
        if self.version != other.version:
            raise TypeError('%s and %s are not of the same version' % (self, other))
        return (self.network_address, self.netmask) < (other.network_address, other.netmask)

    def __contains__(self, other):
        if isinstance(other, _Network):
            return False
        if not isinstance(other, _Address) or other.version != self.version:
            return False
        return other._ip & self.netmask._ip == self.network_address._ip

    def __iter__(self):
        A = self._addr
        for n in range(self.network_address._ip, self.broadcast_address._ip + 1):
            yield A(n)

    def __getitem__(self, n):
        first, last = self.network_address._ip, self.broadcast_address._ip
        if n >= 0:
            if first + n > last:
                raise IndexError('address out of range')
            return self._addr(first + n)
        if last + n + 1 < first:
            raise IndexError('address out of range')
        return self._addr(last + n + 1)

    def hosts(self):
        first, last = self.network_address._ip, self.broadcast_address._ip
        A = self._addr
        if self._prefixlen == A._max - 1:
            return iter([A(first), A(last)])
        if self._prefixlen == A._max:
            return iter([A(first)])
        lo = first + 1
        hi = last - 1 if A is IPv4Address else last
        return (A(n) for n in range(lo, hi + 1))

    def overlaps(self, other):
        return (self.network_address in other or self.broadcast_address in other or
                other.network_address in self or other.broadcast_address in self)

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        if self._prefixlen == self.max_prefixlen:
            yield self
            return
        if new_prefix is not None:
            if new_prefix < self._prefixlen:
                raise ValueError('new prefix must be longer')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = new_prefix - self._prefixlen
        if prefixlen_diff < 0:
            raise ValueError('prefix length diff must be > 0')
        new = self._prefixlen + prefixlen_diff
        if new > self.max_prefixlen:
            raise ValueError('prefix length diff %d is invalid for netblock %s'
                             % (new, self))
        step = 1 << (self.max_prefixlen - new)
        for n in range(self.network_address._ip, self.broadcast_address._ip + 1, step):
            yield self.__class__((n, new))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        if self._prefixlen == 0:
            return self
        if new_prefix is not None:
            if new_prefix > self._prefixlen:
                raise ValueError('new prefix must be shorter')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = self._prefixlen - new_prefix
        new = self._prefixlen - prefixlen_diff
        if new < 0:
            raise ValueError('current prefixlen is %d, cannot have a prefixlen_diff of %d'
                             % (self._prefixlen, prefixlen_diff))
        return self.__class__((self.network_address._ip & self._mask(new), new))

    def subnet_of(self, other):
        return (self.version == other.version and
                other.network_address._ip <= self.network_address._ip and
                other.broadcast_address._ip >= self.broadcast_address._ip)

    def supernet_of(self, other):
        return other.subnet_of(self)

    def address_exclude(self, other):
        if not other.subnet_of(self):
            raise ValueError('%s not contained in %s' % (other, self))
        if other == self:
            return
        s1, s2 = self.subnets()
        while s1 != other and s2 != other:
            if other.subnet_of(s1):
                yield s2
                s1, s2 = s1.subnets()
            else:
                yield s1
                s1, s2 = s2.subnets()
        yield s2 if s1 == other else s1

    @property
    def is_private(self):
        return (self.network_address.is_private and self.broadcast_address.is_private)

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_multicast(self):
        return self.network_address.is_multicast and self.broadcast_address.is_multicast

    @property
    def is_loopback(self):
        return self.network_address.is_loopback and self.broadcast_address.is_loopback

    @property
    def is_link_local(self):
        return self.network_address.is_link_local and self.broadcast_address.is_link_local

    @property
    def is_reserved(self):
        return self.network_address.is_reserved and self.broadcast_address.is_reserved

    @property
    def is_unspecified(self):
        return self.network_address.is_unspecified and self.broadcast_address.is_unspecified


class IPv4Network(_Network):
    """This class represents and manipulates 32-bit IPv4 network + addresses.."""
    _addr = IPv4Address


class IPv6Network(_Network):
    """This class represents and manipulates 128-bit IPv6 networks."""
    _addr = IPv6Address


class _Interface:
    def __init__(self, address):
        net = self._net_cls(address, strict=False)
        addr, prefix = net._split(address)
        self._addr_obj = addr
        self.network = net
        self._prefixlen = prefix
        self.netmask = net.netmask
        self.hostmask = net.hostmask

    @property
    def ip(self):
        return self._addr_obj

    @property
    def with_prefixlen(self):
        return '%s/%d' % (self._addr_obj, self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self._addr_obj, self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self._addr_obj, self.hostmask)

    def __str__(self):
        return self.with_prefixlen

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __eq__(self, other):
        if not isinstance(other, _Interface):
            return NotImplemented
        return self._addr_obj == other._addr_obj and self.network == other.network

    def __hash__(self):
        return hash((self._addr_obj._ip, self._prefixlen, int(self.network.network_address)))

    def __getattr__(self, name):
        return getattr(self._addr_obj, name)


class IPv4Interface(_Interface):
    _net_cls = IPv4Network


class IPv6Interface(_Interface):
    _net_cls = IPv6Network


_V4_PRIVATE = [IPv4Network(n) for n in (
    '0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12',
    '192.0.0.0/29', '192.0.0.170/31', '192.0.2.0/24', '192.168.0.0/16', '198.18.0.0/15',
    '198.51.100.0/24', '203.0.113.0/24', '240.0.0.0/4', '255.255.255.255/32')]
_V6_PRIVATE = [IPv6Network(n) for n in (
    '::1/128', '::/128', '::ffff:0:0/96', '100::/64', '2001::/23', '2001:2::/48',
    '2001:db8::/32', '2001:10::/28', 'fc00::/7', 'fe80::/10')]


def summarize_address_range(first, last):
    """Summarize a network range given the first and last IP addresses."""
    if not (isinstance(first, _Address) and isinstance(last, _Address)):
        raise TypeError('first and last must be IP addresses, not networks')
    if first.version != last.version:
        raise TypeError("%s and %s are not of the same version" % (first, last))
    if first > last:
        raise ValueError('last IP address must be greater than first')
    net = IPv4Network if first.version == 4 else IPv6Network
    bits = first.max_prefixlen
    lo, hi = first._ip, last._ip
    while lo <= hi:
        size = (lo & -lo).bit_length() - 1 if lo else bits
        while size and (1 << size) - 1 > hi - lo:
            size -= 1
        yield net((lo, bits - size))
        lo += 1 << size
        if lo > first._ALL_ONES:
            break


def collapse_addresses(addresses):
    """Collapse a list of IP objects."""
    nets = []
    for a in addresses:
        if isinstance(a, _Address):
            a = (IPv4Network if a.version == 4 else IPv6Network)(a)
        nets.append(a)
    nets.sort(key=lambda n: (n.version, n.network_address._ip, n.prefixlen))
    out = []
    for n in nets:
        if out and out[-1].version == n.version and n.subnet_of(out[-1]):
            continue
        out.append(n)
        # merge siblings upward
        while len(out) > 1:
            a, b = out[-2], out[-1]
            if (a.version == b.version and a.prefixlen == b.prefixlen and a.prefixlen and
                    a.supernet() == b.supernet()):
                out[-2:] = [a.supernet()]
            else:
                break
    return iter(out)


def get_mixed_type_key(obj):
    if isinstance(obj, _Network):
        return obj.version, obj.network_address, obj.netmask
    if isinstance(obj, _Address):
        return obj.version, obj
    return NotImplemented
