# Errors of * and ** unpacking in displays: {**x} wants a mapping (keys()), [*x] names only an
# object that cannot be iterated at all and lets a TypeError raised while iterating through.
def t(label, fn):
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "-> TypeError:", e)
def broken():
    raise TypeError("myerror")
    yield
class NoIter: pass
class Seq:
    def __getitem__(self, i):
        if i < 2: return i
        raise IndexError
t("{**1}", lambda: {**1})
t("{**[]}", lambda: {**[]})
t("{**[(1, 2)]}", lambda: {**[(1, 2)]})
t("[*gen]", lambda: [*broken()])
t("[*1]", lambda: [*1])
t("[*NoIter()]", lambda: [*NoIter()])
t("[*Seq()]", lambda: [*Seq()])
t("{**{1: 2}}", lambda: {**{1: 2}, 'a': 1})
