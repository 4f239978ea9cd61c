# bench: dict inserts/lookups and string building
def main(n):
    d = {}
    for i in range(n):
        d[f"k{i % 5000}"] = d.get(f"k{i % 5000}", 0) + i
    parts = []
    for k in sorted(d)[:2000]:
        parts.append(k.upper() + ":" + str(d[k]))
    text = ",".join(parts)
    return len(d), len(text), text.count("K1"), sum(len(w) for w in text.split(","))
print(main(200_000))
