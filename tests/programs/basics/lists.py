xs = [3, 1, 2]
xs.append(5)
print(xs)
print(len(xs), xs[0], xs[-1])
xs.sort()
print(xs)
print(xs[1:3])
print(sum(xs), max(xs), min(xs))
