# abs, round, divmod, pow, chr/ord, bin/hex/oct, iter/next, repr/ascii, print options
print(abs(-5), abs(-2.5), abs(3 + 4j), divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), pow(2, 10), pow(2.0, 3))
print(round(3.14159, 2), round(-0.5), round(1.5), round(7, 1), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(chr(65), ord("A"), bin(10), hex(-255), oct(64), ascii("ñ"), repr("ñ"))
it = iter([1, 2])
print(next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
def counter():
    counter.n += 1
    return counter.n
counter.n = 0
print(list(iter(counter, 4)))
print("a", "b", sep="-", end="!\n")
print("x", 1, None, sep="")
print()
print(*range(5))
print(*[], sep=",")
print(format(3.5), format("s", ">3"), format(True), format(None), str(1j))
print(len("abc"), len([1]), len({}), len(range(5)), len(b"xy"))
print(isinstance(iter([]), object), hash("x") == hash("x"))
print(sorted(globals().keys())[:3])
