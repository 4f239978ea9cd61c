# importlib.metadata: no distribution installed; one made on disk in a temporary folder.
import importlib.metadata as md
import os, sys, tempfile

for name in ("nopkg", "requests"):
    try:
        md.version(name)
    except md.PackageNotFoundError as e:
        print(type(e).__name__, repr(e), str(e), e.name, isinstance(e, ModuleNotFoundError))
try:
    md.metadata("nothing-here")
except ImportError as e:
    print("ImportError:", e)

ep = md.EntryPoint(name="joiner", value="os.path:join", group="tools")
print(ep, ep.module, ep.attr, ep.extras, ep.load() is os.path.join)
ep2 = md.EntryPoint(name="x", value="pkg.mod:obj.attr [a, b]", group="g")
print(ep2.module, ep2.attr, ep2.extras)
try:
    ep.name = "y"
except AttributeError as e:
    print(repr(e))
eps = md.EntryPoints([ep, ep2])
print(eps.names == {"joiner", "x"}, sorted(eps.groups), eps["x"].value, eps.select(group="tools"))
try:
    eps[0]
except KeyError as e:
    print(repr(e))

with tempfile.TemporaryDirectory() as d:
    info = os.path.join(d, "demo_pkg-1.2.3.dist-info")
    os.mkdir(info)
    with open(os.path.join(info, "METADATA"), "w") as f:
        f.write("Metadata-Version: 2.1\nName: demo-pkg\nVersion: 1.2.3\n"
                "Summary: A demo\nRequires-Dist: attrs (>=1)\nRequires-Dist: six; extra == 'x'\n"
                "Classifier: A :: B\nClassifier: C :: D\n\nLong description.\n")
    with open(os.path.join(info, "entry_points.txt"), "w") as f:
        f.write("[console_scripts]\ndemo = demo_pkg.cli:main\n\n[demo.plugins]\nfirst = os.path:basename\n")
    os.mkdir(os.path.join(d, "demo_pkg"))
    with open(os.path.join(d, "demo_pkg", "__init__.py"), "w") as f:
        f.write("X = 1\n")
    with open(os.path.join(info, "RECORD"), "w") as f:
        f.write("demo_pkg/__init__.py,sha256=abc,12\ndemo_pkg-1.2.3.dist-info/METADATA,,\ngone.py,,\n")
    sys.path.insert(0, d)
    print(md.version("demo-pkg"), md.version("demo_pkg"), md.version("Demo.Pkg"))
    m = md.metadata("demo-pkg")
    print(m["Name"], m["Summary"], m.get_all("Classifier"), m.get("Missing"), "Version" in m)
    print(md.requires("demo-pkg"))
    files = md.files("demo-pkg")
    print([str(p) for p in files], files[0].hash.mode, files[0].hash.value, files[0].size, files[1].size)
    print(files[0].name, files[0].read_text(), files[0].locate().name)
    eps = md.entry_points(group="demo.plugins")
    print([(e.name, e.value, e.group) for e in eps], eps["first"].load() is os.path.basename)
    print("demo" in md.entry_points(group="console_scripts").names)
    print([d.metadata["Name"] for d in md.distributions(path=[d])])
    print(md.packages_distributions().get("demo_pkg"))
    dist = md.distribution("demo-pkg")
    print(dist.name, dist.version, [e.name for e in dist.entry_points])
    sys.path.remove(d)
