# bench: int and float arithmetic
def main(n):
    acc = 0
    f = 0.0
    for i in range(1, n):
        acc = (acc * 31 + i) % 1_000_003
        f += (i * 0.5) / (i + 1.0) - (acc & 7)
    return acc, round(f, 3)
print(main(500_000))
