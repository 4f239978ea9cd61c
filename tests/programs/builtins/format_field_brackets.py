# str.format: in a replacement field's name, an index's brackets hold any character, so a
# '}' or ':' there does not end the field (parse_field); errors for fields the string ends in.
d = {'}': 5, '{': 6, 'x': 7, ':': 8, '': 9, '!': 10}
for s in ['{a[}]}', '{a[{]}', '{a[:]}', '{a[!]}', '{a[x]!r:>4}', '{a[:]:>3}', '{a[x]:}}',
          '{[}', '{0[}', '{[0]', '{a[}', '{', '}', '{0', '{0!}', '{0:{}', '{a[]]}',
          '{a[x]!}', '{a[x]!rr}']:
    try:
        print(repr(s), repr(s.format({'}': 1}, a=d)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
print('{0[}]}'.format({'}': 'brace'}), '{k[:]}'.format_map({'k': {':': 'colon'}}))
for s in ['{a.}', '{a..b}', '{a[x}', '{a[x]y}', '{a[]}', '{0.}', '{a[x].real}', '{a[x][0]}']:
    try:
        print(repr(s), repr(s.format(1, a={'x': 1})))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
