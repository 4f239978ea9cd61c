# pprint of dataclasses/containers at several widths, statistics errors, csv dialects and DictReader rest keys
import pprint, dataclasses, statistics, csv, io, collections
@dataclasses.dataclass
class Node:
    name: str
    children: list = dataclasses.field(default_factory=list)
    meta: dict = dataclasses.field(default_factory=dict)
tree = Node("root", [Node("a", [Node("a1"), Node("a2", meta={"k": "v" * 30})]), Node("b", meta={"x": list(range(15))})])
pprint.pprint(tree)
pprint.pprint(tree, width=50)
pprint.pprint({"key%d" % i: ("val" * i, i) for i in range(6)}, width=50)
pprint.pprint([("a" * 30, "b" * 30), {"z": {"y": {"x": [1, 2, {"w": "deep"}]}}}], indent=2)
pprint.pprint("x" * 100, width=30)
pprint.pprint(b"bytes" * 20, width=40)
pprint.pprint(collections.Counter("abracadabra"))
pprint.pprint(collections.deque(range(30)), width=40)
pprint.pprint(collections.ChainMap({"a": 1}, {"b": list(range(20))}), width=40)
pprint.pprint({1, 2, 3, 10, 20}, width=5)
pprint.pprint(frozenset(range(12)), width=20)
pprint.pprint(range(10)), pprint.pprint([[]] * 3), pprint.pprint({}), pprint.pprint(((),))
print(statistics.mode([1, 1, 2]), statistics.median_high([1, 3, 5, 7]), statistics.covariance([1, 2, 3], [1, 2, 4]), statistics.pstdev([1.5, 2.5]))
try:
    statistics.variance([1])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
try:
    statistics.harmonic_mean([-1, 2])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
sample = "id|name|score\n1|ann|9.5\n2|bob|7\n"
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_MINIMAL)
out = io.StringIO(); w = csv.writer(out, "pipes"); w.writerow(["a|b", 1, None, 2.5, ""]); print(repr(out.getvalue()))
print(list(csv.reader(['a,"b\nc",d'])), list(csv.reader(['"unterminated'])), list(csv.reader(["x, y ,z"], skipinitialspace=True)))
r = csv.DictReader(io.StringIO("a,b\n1,2,3\n4\n"), restkey="extra", restval="NA"); print(list(r), r.fieldnames, r.line_num)
try:
    list(csv.reader(['"a"b'], strict=True))
except csv.Error as e:
    print("csv.Error:", e)
w = csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE)
try:
    w.writerow(['a,b'])
except csv.Error as e:
    print("csv.Error:", e)
