data = [1, 5, 12, 7, 30]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 10], y)
lines = iter(["a", "b", ""])
while (line := next(lines)):
    print("line", line)
def f(): return (z := 5) + z
print(f())
print((w := 3, w + 1))
total = 0
values = [t for v in range(5) if (t := total + v) % 2 == 0]
print(values)
import re
if m := re.match(r"(\d+)", "123abc"):
    print("matched", m.group(1))
