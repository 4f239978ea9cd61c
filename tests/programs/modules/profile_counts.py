# profile / cProfile / pstats over sys.setprofile: call counts and function names only
# (times are not comparable).
import cProfile, io, os, profile, pstats


def leaf(n):
    return len([n]) + sum(range(n))


def rec(n):
    return 0 if n == 0 else 1 + rec(n - 1)


class Walker:
    def step(self, k):
        return leaf(k) * 2


def work():
    items = []
    for i in range(4):
        items.append(leaf(i))
    w = Walker()
    items.append(w.step(2))
    items.append(rec(3))
    return sorted(items)


def name(func):
    return pstats.func_std_string(pstats.func_strip_path(func)).replace("0x", "")


def show(title, stats):
    print("==", title, stats.total_calls, stats.prim_calls)
    for func in sorted(stats.stats, key=name):
        if "<function" in func[2] or func[0].endswith("cProfile.py"):
            continue
        cc, nc, tt, ct, callers = stats.stats[func]
        print("  %-55s %3d %3d  <- %s" % (name(func), nc, cc,
                                          sorted(name(c) for c in callers
                                                 if "<function" not in c[2]
                                                 and not c[0].endswith("cProfile.py"))))


for mod in (profile, cProfile):
    p = mod.Profile()
    print(mod.__name__, "result", p.runcall(work))
    show(mod.__name__ + ".runcall", pstats.Stats(p))

p = cProfile.Profile()
p.enable()
leaf(3)
rec(2)
p.disable()
show("cProfile enable/disable", pstats.Stats(p))

with cProfile.Profile() as p:
    work()
s = pstats.Stats(p)
show("cProfile as context manager", s)
s.sort_stats(pstats.SortKey.NAME)
print([f[2] for f in s.fcn_list if f[2] != "__exit__"])
s.sort_stats("ncalls", "name")
print([(f[2], s.stats[f][1]) for f in s.fcn_list if f[2] != "__exit__"])
s.sort_stats(-1)
print(s.sort_type, [name(f) for f in s.fcn_list if not f[0].endswith("cProfile.py")])
prof = s.strip_dirs().get_stats_profile()
print(sorted((k, v.ncalls) for k, v in prof.func_profiles.items() if k != "__exit__"))

p = profile.Profile()
p.runctx("work()", {"work": work}, {})
show("profile.runctx", pstats.Stats(p))

out = io.StringIO()
p = cProfile.Profile()
p.runctx("rec(4)", {"rec": rec}, {})
st = pstats.Stats(p, stream=out)
st.print_stats()
first = out.getvalue().splitlines()[0]
print(first.split(" in ")[0])

import tempfile
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "prof.out")
    p = cProfile.Profile()
    p.runcall(rec, 3)
    p.dump_stats(path)
    loaded = pstats.Stats(path)
    show("loaded from dump_stats", loaded)
    both = pstats.Stats(path).add(path)
    print(both.total_calls, loaded.total_calls * 2)
print(list(pstats.SortKey)[:3], pstats.SortKey("cumtime") is pstats.SortKey.CUMULATIVE)
