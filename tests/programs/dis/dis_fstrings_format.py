import dis
def fmt(a, b, w):
    return f"{a}", f"{a!r}", f"{a:>10}", f"{a:{w}}", f"x{a}y{b}z", f"{a=}", "%s %d" % (a, b), "{}".format(a)
dis.dis(fmt)
