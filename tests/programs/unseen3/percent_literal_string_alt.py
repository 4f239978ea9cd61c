# printf-style formatting: only '%%' is a literal percent ('%5%' takes an argument and
# fails), and str.__format__ refuses the alternate form '#'.
cases = [('%5%', ()), ('%5%', (1,)), ('%-5%|', (1,)), ('%%', ()), ('%.2%', ()),
         ('%(x)%', {'x': 1}), ('%*%', (3,)), ('100%% sure %s', ('yes',)), ('%s%%', (5,)),
         ('%%%d%%', (7,)), ('%(a)s%%', {'a': 'x'})]
for s, a in cases:
    try:
        print(repr(s % a))
    except (TypeError, ValueError) as e:
        print(repr(s), type(e).__name__, e)
    if isinstance(a, dict) or '%s' in s:
        continue
    try:
        print(repr(s.encode() % a))
    except (TypeError, ValueError, KeyError) as e:
        print(repr(s), 'bytes', type(e).__name__, e)
for sp in ['#s', '#', '#10', '#>5s', '=5', '0', '010', '=', '+', 'z', ',', '_s', '.1', '>4']:
    for v in ['ab', 12]:
        try:
            print(repr(sp), repr(format(v, sp)))
        except ValueError as e:
            print(repr(sp), type(v).__name__, e)
print('{:#x} {:#o} {:#b} {:#.0f} {:#g}'.format(255, 8, 5, 3.0, 2.0))
