"""Conway's game of life, a maze solver and a tiny cellular automaton: 2-D lists, sets, tuples."""
GLIDER = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}


def step(live):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = (x + dx, y + dy)
                    counts[key] = counts.get(key, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in live)}


def show(live, w=8, h=6):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(w)) for y in range(h))


cells = GLIDER
for gen in range(4):
    print(f"gen {gen}:\n{show(cells)}")
    cells = step(cells)
print(sorted(cells), len(cells))

MAZE = """\
S.#.......
.##.####.#
....#....#
.####.##.#
......#..E"""
grid = [list(r) for r in MAZE.splitlines()]
H, W = len(grid), len(grid[0])
start = next((r, c) for r in range(H) for c in range(W) if grid[r][c] == "S")
end = next((r, c) for r in range(H) for c in range(W) if grid[r][c] == "E")
prev = {start: None}
frontier = [start]
while frontier:
    nxt = []
    for r, c in frontier:
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            p = (r + dr, c + dc)
            if 0 <= p[0] < H and 0 <= p[1] < W and grid[p[0]][p[1]] != "#" and p not in prev:
                prev[p] = (r, c)
                nxt.append(p)
    frontier = nxt
path = []
p = end
while p:
    path.append(p)
    p = prev[p]
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
print("steps:", len(path) - 1)


def rule(n):
    table = {tuple(map(int, f"{i:03b}")): (n >> i) & 1 for i in range(8)}
    row = [0] * 15 + [1] + [0] * 15
    for _ in range(8):
        print("".join(" #"[v] for v in row))
        row = [table[(row[i - 1] if i else 0, row[i], row[i + 1] if i < len(row) - 1 else 0)] for i in range(len(row))]


rule(90)
board = [[(r * 3 + c) % 4 for c in range(5)] for r in range(4)]
transposed = list(map(list, zip(*board)))
rotated = [list(row) for row in zip(*board[::-1])]
print(board, transposed, rotated, sep="\n")
print(sum(map(sum, board)), max(max(r) for r in board), [row.count(0) for row in board])
flat = [v for row in board for v in row]
print(flat[::3], sorted(set(flat)), {v: flat.count(v) for v in set(flat)})
