for i in range(3):
    print("for", i)
else:
    print("for else ran")
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
print("broke at", i)
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
while True:
    n -= 1
    if n == 0:
        break
print("n", n)
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
for _ in []:
    print("never")
else:
    print("empty for else")
outer_found = None
for a in range(4):
    for b in range(4):
        if a * b == 6:
            outer_found = (a, b)
            break
    else:
        continue
    break
print(outer_found)
i = 0
while i < 10:
    i += 1
    try:
        if i == 3:
            continue
        if i == 5:
            break
    finally:
        print("finally", i)
