try:
    x = 1 // 0
except ZeroDivisionError:
    print("caught")
try:
    raise ValueError("bad value")
except ValueError as e:
    print("error:", e)
finally:
    print("finally")
