try:
    f()
except ValueError as e:
    print(e)
except (TypeError, KeyError):
    pass
except:
    raise
else:
    g()
finally:
    h()
try:
    pass
finally:
    x = 1
with open(f) as fp, lock:
    fp.read()
with a:
    pass
raise ValueError("x") from None
def ff():
    for i in x:
        try:
            return i
        finally:
            print(i)
    with a:
        return 2
    try:
        pass
    except E as e:
        return e
try:
    f()
except* ValueError as eg:
    pass
except* TypeError:
    pass
