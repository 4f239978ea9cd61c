def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x} {y}"
        case [first, *rest] if len(rest) > 3:
            return f"long starting {first}, {len(rest)} more"
        case [first, *middle, last]:
            return f"first {first} middle {middle} last {last}"
        case _:
            return "not a sequence"
for v in [[], [1], (1, 2), [1, 2, 3], list(range(8)), "ab", {"a": 1}, range(3), 5]:
    print(repr(v), seq(v))
def nested(v):
    match v:
        case [(a, b), [c, *_]]:
            return a, b, c
        case [[[deep]]]:
            return deep
    return "no match"
print(nested([(1, 2), [3, 4, 5]]), nested([[["x"]]]), nested([1]))
