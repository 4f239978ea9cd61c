# Call errors name the callable as CPython's _PyObject_FunctionStr does: module.qualname() for
# Python functions and classes, qualname() for builtins, str() for what has no __qualname__.
# A TypeError raised while iterating f(*x) is not replaced; f(**m) takes str-subclass keys.


def f(a, b=0, **kw):
    return a, b, kw


class C:
    def m(self, *args, **kw):
        return args, kw


def attempt(label, thunk):
    try:
        result = thunk()
    except TypeError as e:
        print(label, "-> TypeError:", e)
    else:
        print(label, "->", result)


attempt("f(*1)", lambda: f(*1))
attempt("f(**[])", lambda: f(**[]))
attempt("f(**{'a': 1}, **{'a': 2})", lambda: f(**{"a": 1}, **{"a": 2}))
attempt("C().m(*None)", lambda: C().m(*None))
attempt("C.m(**1)", lambda: C.m(**1))
attempt("len(*5)", lambda: len(*5))
nothing = None
attempt("nothing(*5)", lambda: nothing(*5))
attempt("C(**3)", lambda: C(**3))
attempt("int(**{'x': 1}, **{'x': 2})", lambda: int(**{"x": 1}, **{"x": 2}))


def broken():
    raise TypeError("raised while iterating")
    yield


class BrokenIter:
    def __iter__(self):
        raise TypeError("broken __iter__")


class BrokenSeq:
    def __getitem__(self, i):
        raise TypeError("broken __getitem__")


attempt("f(*broken())", lambda: f(*broken()))
attempt("f(*BrokenIter())", lambda: f(*BrokenIter()))
attempt("f(*BrokenSeq())", lambda: f(*BrokenSeq()))


class Name(str):
    pass


attempt("f(**{Name('a'): 1})", lambda: f(**{Name("a"): 1, Name("z"): 2}))
attempt("f(**{1: 2})", lambda: f(**{1: 2}))
