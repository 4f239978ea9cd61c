# PurePosixPath: parts, suffixes, joining, comparisons, relative_to/match/with_*, as_uri quoting
from pathlib import PurePosixPath as P, PurePath
paths = [P("/a/b/c.txt"), P("rel/x.tar.gz"), P("/"), P("."), P(""), P("a/.hidden"), P("/a/b/"), P("..") / "up", P("dir/file.")]
for p in paths:
    print(repr(p), str(p), p.name, repr(p.suffix), p.suffixes, p.stem, p.parent, p.parts, p.is_absolute(), p.root, p.anchor)
print(P("/a/b").joinpath("c", "/d", "e"), P("a") / P("/b"), "x" / P("y"), P("a/b/c").parents[1], list(P("/a/b").parents), tuple(P("a/b").parents))
print(P("a/b") == P("a//b/"), P("A") == P("a"), P("a/b") < P("a/c"), sorted([P("b"), P("a/z"), P("a")]), hash(P("a/b")) == hash(P("a//b")))
print(P("/usr/lib/x.so").relative_to("/usr"), P("a/b/c").is_relative_to("a/b"), P("a/b/c").is_relative_to("b"), P("/x/y").with_stem("z"), P("f.txt").with_suffix(""))
print(P("a/b.py").match("*.py"), P("/a/b.py").match("/*.py"), P("a/b/c.py").match("b/*.py"), P("a/b.PY").match("*.py"), P("x").as_posix(), P("/a b").as_uri())
for bad in [lambda: P("a").with_suffix("txt"), lambda: P("").with_name("x"), lambda: P("a/b").relative_to("c"), lambda: P("/").with_suffix(".x"), lambda: P("a").with_name("")]:
    try:
        print(bad())
    except ValueError as e:
        print("ValueError:", e)
try:
    P("a") / 3
except TypeError as e:
    print("TypeError:", e)
print(PurePath("a", "b"), type(PurePath("x")).__name__, P(*["a", "b", "c"]), P("a").joinpath(), str(P("~/x")), P("/a/../b"), P("a/./b/."))
print([str(q) for q in sorted({P("b/1"), P("a/2"), P("a/1")})], P("/etc/passwd").parts[1:], P("a.b.c").suffixes, P(".bashrc").suffix, P("..").name)
print(P("x/y").with_name("z.md").stem, P("/a/b/c").relative_to("/a", walk_up=False) if False else "", P("c:/x").drive == "", P("//srv/share").root)
for s in ["/a b", "/x/y%z", "/é/ü.txt", "/a?b#c", "/~user/[x]", "/plain/path.py", "//double"]:
    print(P(s).as_uri())
try:
    P("rel").as_uri()
except ValueError as e:
    print("ValueError:", e)
