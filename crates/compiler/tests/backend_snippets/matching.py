value = [1, 2, {"k": 3}]
match value:
    case [1, 2, {"k": v}]:
        print(v)
    case (a, b) if a > b:
        pass
    case {"x": 1, **rest}:
        pass
    case str() | bytes():
        pass
    case int(real=r) as whole:
        pass
    case [*_, last]:
        pass
    case None:
        pass
    case _:
        pass
