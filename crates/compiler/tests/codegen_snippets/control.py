for i in range(10):
    if i % 2:
        continue
    elif i > 5:
        break
    else:
        print(i)
else:
    print("done")
while x < 10:
    x += 1
    if x == 3:
        break
else:
    pass
while True:
    if f():
        break
if a and b:
    pass
if a or not b:
    pass
if 1 < a < 3:
    pass
if a is None:
    x = 1
elif a is not None:
    x = 2
elif a in [1, 2]:
    x = 3
elif a not in {1, 2}:
    x = 4
else:
    x = 5
for x in [1, 2, 3]:
    pass
for a, b in c.items():
    print(a, b)
