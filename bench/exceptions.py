# bench: raising and catching exceptions, try/finally
def risky(i):
    if i % 3 == 0:
        raise ValueError(i)
    return i
def main(n):
    caught = 0
    total = 0
    for i in range(n):
        try:
            total += risky(i)
        except ValueError:
            caught += 1
        finally:
            total += 1
    return caught, total
print(main(200_000))
