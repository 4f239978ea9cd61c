"""graphlib build orders (TopologicalSorter, cycles, misuse errors) and colorsys conversions."""
import colorsys
from graphlib import TopologicalSorter, CycleError
deps = {"app": {"lib", "utils"}, "lib": {"core"}, "utils": {"core"}, "tests": {"app"}, "core": set()}
print(list(TopologicalSorter(deps).static_order()))
ts = TopologicalSorter()
ts.add("d", "b", "c")
ts.add("b", "a")
ts.add("c", "a")
ts.prepare()
order = []
while ts.is_active():
    ready = ts.get_ready()
    order.append(sorted(ready))
    ts.done(*ready)
print(order, bool(ts))
try:
    list(TopologicalSorter({1: {2}, 2: {3}, 3: {1}}).static_order())
except CycleError as e:
    print("cycle", e.args[0], e.args[1])
t2 = TopologicalSorter({"x": ["y"]})
try:
    t2.get_ready()
except ValueError as e:
    print(e)
t2.prepare()
try:
    t2.done("x")
except ValueError as e:
    print(e)
try:
    t2.add("z")
except ValueError as e:
    print(e)
for rgb in [(1.0, 0.0, 0.0), (0.2, 0.4, 0.4), (0.5, 0.5, 0.5), (0.1, 0.9, 0.3), (0.9, 0.2, 0.7)]:
    hsv = colorsys.rgb_to_hsv(*rgb)
    hls = colorsys.rgb_to_hls(*rgb)
    yiq = colorsys.rgb_to_yiq(*rgb)
    print([round(x, 6) for x in hsv], [round(x, 6) for x in colorsys.hsv_to_rgb(*hsv)], [round(x, 6) for x in hls],
          [round(x, 6) for x in colorsys.hls_to_rgb(*hls)], [round(x, 6) for x in yiq], [round(x, 6) for x in colorsys.yiq_to_rgb(*yiq)])
print(colorsys.hsv_to_rgb(0.5, 0.5, 0.5), colorsys.rgb_to_hsv(0.2, 0.4, 0.4), colorsys.hls_to_rgb(1.0, 0.5, 0.5))
