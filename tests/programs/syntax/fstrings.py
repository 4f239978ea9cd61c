name, n, pi = "Ada", 42, 3.14159
print(f"{name} {n} {pi}", f"{name!r} {name!s} {name!a}", f"{'é'!a}")
print(f"{n:5}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:+}|{n:x}|{n:#o}|{n:,}")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:.1%} {pi:g}")
width, prec = 12, 4
print(f"{pi:{width}.{prec}f}|", f"{name:*^{width}}")
print(f"{n + 1} {n * 2 if n else 0} {[x for x in range(3)]} {dict(a=1)['a']}")
print(f"{{literal braces}} {'{'}{n}{'}'}")
print(f"{n=}", f"{pi=:.1f}", f"{name = }", f"{n + 1=}")
print(f"""triple {name}
second line {n}""")
print(f"{'nested ' + f'{n:03}'}", f"{f'{f"{n}"}'}")
d = {"k": "v"}
print(f"{d['k']} {d["k"]}")
print(rf"raw \n {n}", fr"{name}\t")
print(f"{3.0:.0f} {-0.0} {1e100:.3g} {123456789:_} {1234.5:,.2f}")
import datetime
print(f"{datetime.date(2024, 1, 5):%Y/%m/%d}")
class Fmt:
    def __format__(self, spec): return f"<{spec}>"
print(f"{Fmt():hello}", f"{Fmt()!s:>3}" if False else "", f"{None}", f"{True:>6}")
x = 5
print(f"{x:{'>' if x > 3 else '<'}10}|")
print(f"{'a' 'b'}", "concat " f"{x}" " end")
