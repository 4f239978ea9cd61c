# Class-creation errors a learner meets: __slots__ items, a second __dict__ slot,
# layout conflicts, bad bases; values views compare by identity; bytearray indexes.
tests = {
    "slots_conflict": "class A:\n    __slots__ = ('x',)\n    x = 1",
    "slots_int": "class A:\n    __slots__ = (1,)",
    "slots_none": "class A:\n    __slots__ = ['a', None]",
    "slots_not_ident": "class A:\n    __slots__ = ('1a',)",
    "slots_space": "class A:\n    __slots__ = ('a b',)",
    "slots_ok_unicode": "class A:\n    __slots__ = ('ñame', '_x')\na = A(); a.ñame = 1; print(sorted(A.__slots__))",
    "slots_str_sub": "class S(str): pass\nclass A:\n    __slots__ = (S('v'),)\na = A(); a.v = 3; print(a.v)",
    "dict_twice": "class A:\n    __slots__ = ('__dict__',)\nclass B(A):\n    __slots__ = ('__dict__',)",
    "dict_base_has_one": "class A: pass\nclass B(A):\n    __slots__ = ('__dict__',)",
    "dict_ok": "class A:\n    __slots__ = ('a',)\nclass B(A):\n    __slots__ = ('__dict__',)\nb = B(); b.z = 1; print(b.__dict__)",
    "layout": "class A(int, str): pass",
    "layout2": "class A:\n    __slots__ = ('a',)\nclass B:\n    __slots__ = ('b',)\nclass C(A, B): pass",
    "final_bool": "class B(bool): pass",
    "dup_base": "class A(object, object): pass",
    "mro": "class A: pass\nclass B(A): pass\nclass C(A, B): pass",
    "base_not_class": "class A(1): pass",
    "base_function": "def f(): pass\nclass A(f): pass",
    "varsize_slots": "class T(tuple):\n    __slots__ = ('x',)",
}
for name, src in tests.items():
    try:
        exec(src, {})
        print(name, "ok")
    except Exception as e:
        print(f"{name}: {type(e).__name__}: {e}")

d = {"a": 1, "b": 2}
v1, v2 = d.values(), d.values()
print(v1 == v2, v1 != v2, v1 == v1, v1 != v1, d.keys() == d.keys(), d.items() == {("a", 1), ("b", 2)})
print(list(v1) == list(v2), {1: 2}.values() == [2], len({id(x) for x in (v1, v2)}))
ba = bytearray(b"abc")
for op in ("ba[5]", "ba[-9]", "b'abc'[5]", "ba.__setitem__(7, 1)", "ba.__delitem__(7)", "ba[1:9]", "ba[0]"):
    try:
        print(op, "->", eval(op))
    except IndexError as e:
        print(op, "->", type(e).__name__, e)
print(bytes(source=b"xy"), bytearray(source=b"z"), bytes(source="é", encoding="utf-8"))
