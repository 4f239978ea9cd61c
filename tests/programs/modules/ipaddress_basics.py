import ipaddress as ip
for s in ['192.168.1.1', '10.0.0.1', '8.8.8.8', '127.0.0.1', '224.0.0.1', '169.254.1.1', '100.64.0.1', '0.0.0.0', '::1', '2001:db8::1', 'fe80::1', '::', '2001:4860:4860::8888', '::ffff:1.2.3.4', 'ff02::1', '1:0:0:1:0:0:0:1', '1::', '::2:3']:
    a = ip.ip_address(s)
    print(repr(a), a.version, a.is_private, a.is_global, a.is_loopback, a.is_multicast, a.is_link_local, a.is_unspecified, a.is_reserved, int(a), a.exploded, a.packed.hex())
for s in ['300.1.1.1', '1.2.3', 'abc', '::1::2', '1.2.3.04', '', 3232235777, 2**40]:
    try:
        print(ip.ip_address(s))
    except ValueError as e:
        print(repr(e))
for s in ['1.2.3.256', '1.2.3.4/8', '01.2.3.4', '1.2.3.a']:
    try:
        ip.IPv4Address(s)
    except ip.AddressValueError as e:
        print(type(e).__name__, e)
n = ip.ip_network('192.168.0.0/28')
print(repr(n), n.num_addresses, n.netmask, n.hostmask, n.broadcast_address, n.prefixlen, n.with_netmask, n.with_hostmask)
print(list(n.hosts())[:3], len(list(n.hosts())), n[0], n[-1], ip.ip_address('192.168.0.5') in n, ip.ip_address('192.168.1.5') in n)
print(list(n.subnets()), list(n.subnets(new_prefix=30)), n.supernet(), n.supernet(new_prefix=16))
print(ip.ip_network('10.0.0.0/8').overlaps(ip.ip_network('10.1.0.0/16')), ip.ip_network('10.1.0.0/16').subnet_of(ip.ip_network('10.0.0.0/8')))
for s in ['10.0.0.1/8', '10.0.0.0/33', '10.0.0.0/255.0.0.0', '10.0.0.0/0.255.255.255', 'fe80::1/64', '2001:db8::/32']:
    try:
        print(repr(ip.ip_network(s)))
    except ValueError as e:
        print(repr(e))
print(ip.ip_network('10.0.0.1/8', strict=False))
i = ip.ip_interface('10.1.2.3/24')
print(repr(i), i.ip, i.network, i.with_netmask, str(i))
print(sorted([ip.ip_address('10.0.0.2'), ip.ip_address('10.0.0.1'), ip.ip_address('9.255.255.255')]))
print(ip.ip_address('10.0.0.1') + 5, ip.ip_address('10.0.0.1') < ip.ip_address('10.0.0.2'))
print(list(ip.summarize_address_range(ip.IPv4Address('192.0.2.0'), ip.IPv4Address('192.0.2.130'))))
print(list(ip.collapse_addresses([ip.IPv4Network('192.0.2.0/25'), ip.IPv4Network('192.0.2.128/25')])))
print(list(ip.ip_network('192.0.2.0/28').address_exclude(ip.ip_network('192.0.2.1/32'))))
print(ip.ip_address('1.2.3.4').reverse_pointer, ip.IPv6Address('::ffff:1.2.3.4').ipv4_mapped)
print({ip.ip_address('1.1.1.1'): 1}[ip.ip_address('1.1.1.1')], f"{ip.ip_address('1.2.3.4')}")
print(ip.ip_network('2001:db8::/126').num_addresses, list(ip.ip_network('2001:db8::/126').hosts()))
