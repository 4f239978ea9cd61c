# bench: for/while loops over ranges and lists
def main(n):
    total = 0
    for i in range(n):
        total += i
    j = 0
    while j < n:
        j += 1
    data = list(range(1000))
    for _ in range(n // 1000):
        for x in data:
            total ^= x
    return total + j
print(main(1_000_000))
