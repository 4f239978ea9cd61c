n = 0
total = 0
while n < 10:
    n = n + 1
    if n == 3:
        continue
    if n == 8:
        break
    total = total + n
print(n, total)
