# configparser's two interpolations: references, escapes, missing options, depth, syntax
# errors and before_set's check, for Basic (%(x)s) and Extended (${sect:x}).
import configparser
for cls in (configparser.ConfigParser, configparser.RawConfigParser):
    pass
cp = configparser.ConfigParser()
cp.read_string("""
[DEFAULT]
home = /h
[a]
x = %(home)s/x
y = %(x)s/y
pct = 100%%
bad = %(nope)s
deep = %(deep)s
syn = %z
""")
for k in ("x", "y", "pct", "bad", "deep", "syn"):
    try: print(k, cp.get("a", k))
    except Exception as e: print(k, type(e).__name__, e)
try: cp.set("a", "q", "50%")
except ValueError as e: print(e)
ep = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ep.read_string("""
[s1]
a = 1
b = ${a}2
[s2]
c = ${s1:b}3
d = ${s1:a:b}
e = ${s1:zz}
f = $$x
g = $x
h = ${c}
""")
for k in ("c", "d", "e", "f", "g", "h"):
    try: print(k, ep.get("s2", k))
    except Exception as e: print(k, type(e).__name__, e)
try: ep.set("s2", "q", "5$")
except ValueError as e: print(e)
