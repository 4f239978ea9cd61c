# a small sales report: grouping, sorting, formatting
from collections import defaultdict
from itertools import groupby
from operator import itemgetter
from statistics import mean, median
from decimal import Decimal, ROUND_HALF_EVEN
import json
sales = [
    {"region": "north", "rep": "Ann", "amount": "1200.50", "month": 1},
    {"region": "south", "rep": "Bob", "amount": "850.00", "month": 1},
    {"region": "north", "rep": "Cid", "amount": "430.25", "month": 2},
    {"region": "east", "rep": "Dee", "amount": "2999.99", "month": 2},
    {"region": "south", "rep": "Bob", "amount": "1010.10", "month": 3},
    {"region": "north", "rep": "Ann", "amount": "75.05", "month": 3},
]
by_region = defaultdict(list)
for s in sales:
    by_region[s["region"]].append(Decimal(s["amount"]))
print(f"{'Region':<8}{'Count':>6}{'Total':>12}{'Avg':>10}")
print("-" * 36)
for region, amounts in sorted(by_region.items(), key=lambda kv: -sum(kv[1])):
    total = sum(amounts)
    avg = (total / len(amounts)).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
    print(f"{region:<8}{len(amounts):>6}{total:>12,.2f}{avg:>10}")
grand = sum(Decimal(s["amount"]) for s in sales)
print(f"{'TOTAL':<8}{len(sales):>6}{grand:>12,}")
rows = sorted(sales, key=itemgetter("rep", "month"))
for rep, grp in groupby(rows, key=itemgetter("rep")):
    g = list(grp)
    months = ",".join(str(x["month"]) for x in g)
    print(f"{rep}: months={months} best={max(g, key=lambda x: Decimal(x['amount']))['amount']}")
floats = [float(s["amount"]) for s in sales]
print(round(mean(floats), 2), median(floats), f"{max(floats) / min(floats):.3f}x")
print("%-6s %8.1f %5.1f%%" % ("share", float(grand), 100 * floats[0] / float(grand)))
summary = {r: str(sum(v)) for r, v in sorted(by_region.items())}
print(json.dumps(summary, indent=2))
table = [[s["rep"], s["month"], Decimal(s["amount"])] for s in sales]
widths = [max(len(str(row[i])) for row in table) for i in range(3)]
for row in table[:3]:
    print(" | ".join(str(c).rjust(w) for c, w in zip(row, widths)))
pct = {r: float(sum(v) / grand) for r, v in by_region.items()}
for r in sorted(pct):
    bar = "#" * round(pct[r] * 40)
    print(f"{r:>6} {pct[r]:6.1%} {bar}")
print("{:*^30}".format(" END "), "{0:>{w}.{p}f}".format(3.14159, w=10, p=3))
print(sorted(sales, key=lambda s: (s["region"], -float(s["amount"])))[0]["rep"])
print(Decimal("1.005").quantize(Decimal("0.01")), Decimal("2.5").quantize(Decimal("1")), Decimal("3.5").to_integral_value(), round(Decimal("2.675"), 2))
