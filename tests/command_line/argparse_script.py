import argparse
p = argparse.ArgumentParser(description="Greets people.")
p.add_argument("names", nargs="+")
p.add_argument("-n", "--count", type=int, default=1)
p.add_argument("--shout", action="store_true")
a = p.parse_args()
for _ in range(a.count):
    for name in a.names:
        text = f"hello {name}"
        print(text.upper() if a.shout else text)
