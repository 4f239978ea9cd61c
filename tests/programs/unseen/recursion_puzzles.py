"""Recursion classics: hanoi, permutations, n-queens, flood fill, memo, RecursionError."""
import sys


def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


print(len(hanoi(10)), hanoi(3))


def perms(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]


print(perms("abc"), len(perms("abcde")))


def queens(n):
    solutions = []

    def place(row, cols, d1, d2, acc):
        if row == n:
            solutions.append(acc[:])
            return
        for c in range(n):
            if c in cols or row - c in d1 or row + c in d2:
                continue
            acc.append(c)
            place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, acc)
            acc.pop()

    place(0, frozenset(), frozenset(), frozenset(), [])
    return solutions


sols = queens(6)
print(len(sols), sols[0], len(queens(8)))
for c in sols[0]:
    print("".join("Q" if i == c else "." for i in range(6)))

grid = [list(row) for row in [
    "#########",
    "#...#...#",
    "#.#.#.#.#",
    "#.#...#.#",
    "#########",
]]


def fill(r, c):
    if grid[r][c] != ".":
        return 0
    grid[r][c] = "~"
    return 1 + sum(fill(r + dr, c + dc) for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)))


print(fill(1, 1))
print("\n".join("".join(r) for r in grid))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3))


def depth(n):
    return depth(n + 1)


try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
print(sys.getrecursionlimit())


def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]


print(sorted(power_set([1, 2, 3]), key=lambda s: (len(s), s)))


def binary_search(arr, target, lo=0, hi=None):
    if hi is None:
        hi = len(arr) - 1
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if arr[mid] == target:
        return mid
    if arr[mid] < target:
        return binary_search(arr, target, mid + 1, hi)
    return binary_search(arr, target, lo, mid - 1)


arr = list(range(0, 100, 3))
print([binary_search(arr, t) for t in (0, 33, 34, 99, 100)])


def merge_sort(xs):
    if len(xs) < 2:
        return xs
    mid = len(xs) // 2
    a, b = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    while a and b:
        out.append((a if a[0] <= b[0] else b).pop(0))
    return out + a + b


print(merge_sort([5, 2, 9, 1, 5, 6, -3, 0]))
print(str(2 ** 1000)[:30], len(str(2 ** 1000)), sum(map(int, str(2 ** 1000))))
