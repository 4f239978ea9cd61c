# assert
assert True
try:
    assert 1 == 2, "numbers differ"
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert []
except AssertionError as e:
    print("bare AssertionError", repr(e))
x = 5
assert x > 10, f"x is {x}"
