# bench: closures, cell variables, lambdas and nonlocal updates
def make_counter():
    count = 0
    def inc(step):
        nonlocal count
        count += step
        return count
    return inc
def main(n):
    inc = make_counter()
    scale = 3
    f = lambda x: x * scale + 1
    total = 0
    for i in range(n):
        total += f(inc(1))
    return total
print(main(300_000))
