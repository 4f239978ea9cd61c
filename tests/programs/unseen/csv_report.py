"""Reading and writing CSV in a temp dir, aggregating with dicts, printing a report."""
import csv
import io
import os
import tempfile
from collections import defaultdict

ROWS = [
    ("date", "region", "product", "units", "price"),
    ("2024-01-03", "north", "apple", "10", "0.50"),
    ("2024-01-03", "south", "pear", "4", "0.75"),
    ("2024-01-04", "north", "pear", "7", "0.80"),
    ("2024-01-05", "east", "apple, red", "3", "0.55"),
    ("2024-01-05", "south", "apple", "12", "0.45"),
    ("2024-01-06", "north", 'say "hi"', "1", "9.99"),
]

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "sales.csv")
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerows(ROWS)
    with open(path, newline="") as f:
        raw = f.read()
    print(raw)
    with open(path, newline="") as f:
        reader = csv.DictReader(f)
        print(reader.fieldnames)
        records = list(reader)
    by_region = defaultdict(float)
    units = defaultdict(int)
    for r in records:
        total = int(r["units"]) * float(r["price"])
        by_region[r["region"]] += total
        units[r["product"]] += int(r["units"])
    print(f"{'region':<8}{'revenue':>10}")
    for region, rev in sorted(by_region.items(), key=lambda kv: -kv[1]):
        print(f"{region:<8}{rev:>10.2f}")
    print(dict(units))
    out = os.path.join(tmp, "summary.csv")
    with open(out, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["region", "revenue"], delimiter=";")
        w.writeheader()
        for region in sorted(by_region):
            w.writerow({"region": region, "revenue": round(by_region[region], 2)})
    with open(out) as f:
        print(f.read())

buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_NONNUMERIC)
w.writerow(["a", 1, 2.5, None, "x,y"])
w = csv.writer(buf, delimiter="\t", lineterminator="\n")
w.writerow(["tab", "sep"])
print(repr(buf.getvalue()))
print(list(csv.reader(["a,b,c", '"q,1",2,"he said ""no"""', "", "x"])))
print(list(csv.reader(io.StringIO("1;2\n3;4\n"), delimiter=";")))
lines = io.StringIO("name,score\nann,90\nbob,85\n")
for row in csv.DictReader(lines):
    print(row)
print(csv.list_dialects() if hasattr(csv, "list_dialects") else [])
