# str find/count/startswith/endswith/index with a start past the end, and bad bounds.
s = "0123\nx0123"
print(s.find("", 10), s.find("", 11), s.count("", 11), s.startswith("", 11), s.endswith("", 11), s.find("0", 100), s.rfind("", 11), s.find("3", -100, 100))
for bad in [lambda: s.find("0", "x"), lambda: s.count("0", 1.5), lambda: s.startswith("0", [1])]:
    try: print(bad())
    except TypeError as e: print("TypeError", e)
try: s.index("", 11)
except ValueError as e: print("ValueError", e)
