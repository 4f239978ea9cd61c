import dis
def m(cmd):
    match cmd:
        case [x, y]:
            return x + y
        case {"k": v}:
            return v
        case Point(x=0, y=yy):
            return yy
        case str() | bytes():
            return "text"
        case 1 | 2 as n if n > 1:
            return n
        case _:
            return None
dis.dis(m)
