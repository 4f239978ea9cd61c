# importlib.util.cache_from_source / source_from_cache (PEP 3147/488 names) and
# collections._count_elements (Counter's tally helper).
import collections
import importlib.util as util
import sys

tag = sys.implementation.cache_tag
for path in ["/a/b/mod.py", "pkg/spam.py", "noext", "/x/.hidden.py"]:
    print(util.cache_from_source(path).replace(tag, "<tag>"))
print(util.cache_from_source("/a/mod.py", optimization=2).replace(tag, "<tag>"))
print(util.cache_from_source("/a/mod.py", optimization="").replace(tag, "<tag>"))
for bad in ["/a/__pycache__/mod.x.pyc".replace("x", tag), "/a/__pycache__/mod.%s.opt-1.pyc" % tag,
            "/a/mod.pyc", "/a/__pycache__/mod.pyc", "/a/__pycache__/m.%s.o-1.pyc" % tag,
            "/a/__pycache__/m.%s.opt-_.pyc" % tag]:
    try:
        print(util.source_from_cache(bad))
    except ValueError as e:
        print("ValueError", str(e).replace(tag, "<tag>"))
try:
    util.cache_from_source("/a/mod.py", optimization="a-b")
except ValueError as e:
    print("ValueError", e)

counts = {}
collections._count_elements(counts, "abracadabra")
print(counts)
c = collections.Counter("hello")
collections._count_elements(c, "world")
print(c.most_common(3))
