# Repetition whose size cannot exist: CPython raises OverflowError for str/bytes past
# PY_SSIZE_T_MAX and MemoryError for lists/tuples or when the allocation fails; pydive must not
# abort (Rust's capacity overflow) nor loop over an empty sequence 2**62 times.
def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r)[:60])
    except BaseException as e:
        print(label, "->", type(e).__name__, str(e)[:80])
t("str huge", lambda: len("ab" * (2**62)))
t("str huge2", lambda: len("ab" * (2**61)))
t("bytes huge", lambda: len(b"ab" * (2**62)))
t("list huge", lambda: len([0] * (2**62)))
t("list huge2", lambda: len([0, 1] * (2**61)))
t("tuple huge", lambda: len((0,) * (2**62)))
t("empty list", lambda: [] * (2**62))
t("empty str", lambda: "" * (2**62))
empty = ()
t("empty tuple", lambda: empty * (2**62))
t("bigint", lambda: [1] * (2**64))
def inplace():
    l = [1]
    l *= 2**62
t("list inplace", inplace)
def inplace_empty():
    l = []
    l *= 2**62
    return l
t("list inplace empty", inplace_empty)
neg = -1
t("normal", lambda: ("ab" * 3, [1, 2] * 2, (1,) * 3, b"x" * 2, neg * "a"))
