# control flow through try/except/else/finally
def f(x):
    try:
        print("try", x)
        if x == 1:
            raise ValueError("one")
        if x == 2:
            return "returned from try"
    except ValueError as e:
        print("except", e)
        return "returned from except"
    else:
        print("else")
    finally:
        print("finally", x)
    return "end"
for i in range(3):
    print(f(i))
def override():
    try:
        return "try"
    finally:
        return "finally wins"
print(override())
def loop():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop())
try:
    try:
        raise KeyError("inner")
    except ValueError:
        print("not here")
    finally:
        print("inner finally")
except KeyError as e:
    print("outer caught", repr(e))
try:
    raise TypeError("multi")
except (ValueError, TypeError) as e:
    print("tuple caught", type(e).__name__)
e = "before"
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
try:
    raise ValueError
except ValueError as v:
    print(repr(v), v.args, str(v) == "")
try:
    raise ValueError("a", 1)
except ValueError as v:
    print(v, v.args)
try:
    raise Exception
except BaseException as b:
    print("base caught", type(b))
