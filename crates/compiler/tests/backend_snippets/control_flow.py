x = 0
while x < 10:
    x += 1
    if x == 5:
        continue
    if x > 8:
        break
else:
    print("no break")
for i in range(3):
    if i:
        print(i)
    elif i is None:
        pass
    else:
        x = i or x and not i
while True:
    x -= 1
    if not x:
        break
if x is not None and (x > 1 or x < -1):
    y = 1
assert x, "message"
y = [a for a in range(5) if a % 2]
z = {k: v for k, v in zip("ab", (1, 2))}
w = {n for n in range(3)}
g = (n * n for n in range(4))
