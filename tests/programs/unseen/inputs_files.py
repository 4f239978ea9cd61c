"""A grade book: reads records from a file it writes first, parses with error handling, writes a report,
and reads commands from a replaced sys.stdin with input()."""
import io
import os
import sys
import tempfile

RAW = """\
# name, scores...
alice, 90, 85, 77
bob, 70, x, 88
carol
dave, 100, 100, 100
erin, 55, 65
"""


def parse(lines):
    good, bad = {}, []
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, *scores = [p.strip() for p in line.split(",")]
        try:
            if not scores:
                raise ValueError("no scores")
            good[name] = [int(s) for s in scores]
        except ValueError as e:
            bad.append((n, name, str(e)))
    return good, bad


with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "grades.txt")
    with open(src, "w", encoding="utf-8") as f:
        f.write(RAW)
    with open(src, encoding="utf-8") as f:
        good, bad = parse(f)
    print(good)
    for n, name, why in bad:
        print(f"line {n} ({name}): {why}", file=sys.stderr)
    report = os.path.join(tmp, "report.txt")
    with open(report, "w") as out:
        for name, scores in sorted(good.items(), key=lambda kv: -sum(kv[1]) / len(kv[1])):
            avg = sum(scores) / len(scores)
            out.write(f"{name:<6}{avg:7.2f} {'*' * int(avg // 10)}\n")
    with open(report) as f:
        print(f.read(), end="")
    with open(report, "r+") as f:
        f.seek(0, os.SEEK_END)
        f.write("total\n")
        f.seek(0)
        print(len(f.readlines()), f.tell() > 0)
    with open(os.path.join(tmp, "data.bin"), "wb") as f:
        f.write(bytes(range(10)))
    with open(os.path.join(tmp, "data.bin"), "rb") as f:
        f.seek(3)
        print(f.read(4), f.tell(), f.read(), f.read())
    try:
        with open(os.path.join(tmp, "data.bin"), "x") as f:
            pass
    except FileExistsError as e:
        print(type(e).__name__, e.errno)
    try:
        open(tmp)
    except IsADirectoryError as e:
        print(type(e).__name__, e.strerror)

sys.stdin = io.StringIO("3\n4\nabc\n\n10\n")
total = 0
while True:
    try:
        line = input()
    except EOFError:
        break
    if not line:
        print("(blank)")
        continue
    try:
        total += int(line)
    except ValueError:
        print(f"not a number: {line!r}")
print("total", total)
print(sys.stdin.read() == "", repr(input) [:20])
