try:
    import nonexistent
except ImportError as e:
    print(e)
except (KeyError, ValueError):
    pass
else:
    print("else")
finally:
    print("finally")
try:
    x = 1 / 0
except* ZeroDivisionError as eg:
    pass
for i in range(3):
    try:
        if i:
            continue
        break
    finally:
        print(i)
with open(__file__) as f, open(__file__) as g:
    data = f.read()
try:
    raise ValueError("a") from None
except:
    raise
