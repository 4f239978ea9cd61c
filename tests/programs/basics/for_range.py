total = 0
for i in range(5):
    total += i
    print(i, total)
for i in range(10, 0, -3):
    print(i)
