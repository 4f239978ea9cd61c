# re over a generated 350 KB text: findall, sub with a function and a template, split,
# finditer, and many short match()/search() calls on a compiled pattern.
import re

words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
         "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon"]
lines = []
n = 0
i = 0
while n < 350_000:
    w = words[i % 20]
    line = "%s-%d %s, %s=%d; %s.%s!" % (w, i, words[(i * 7) % 20], words[(i * 3) % 20], i * 13 % 1000,
                                        words[(i * 11) % 20].upper(), words[(i + 5) % 20])
    lines.append(line)
    n += len(line) + 1
    i += 1
text = "\n".join(lines)
print(len(text))

found = re.findall(r"\w+", text)
print(len(found), found[:5], found[-3:])

digits = re.compile(r"\d+")
out = digits.sub(lambda m: str(int(m.group()) * 2), text)
print(len(out), out[:60])

out = re.sub(r"(\w+)=(\d+)", r"\2=\1", text)
print(len(out), out[:60])

parts = re.split(r"[\s,;.!]+", text)
print(len(parts), parts[:6])

pairs = [(m.group(1), m.start()) for m in re.finditer(r"([A-Z]{2,})\.", text)]
print(len(pairs), pairs[:3])

ident = re.compile(r"([a-z]+)-(\d+)")
hits = 0
total = 0
for line in lines:
    m = ident.match(line)
    if m:
        hits += 1
        total += int(m.group(2))
    if re.search(r"sigma|kappa", line):
        hits += 1
print(hits, total)
print(sum(1 for line in lines if re.fullmatch(r"[\w\-]+ \w+, \w+=\d+; [A-Z]+\.\w+!", line)))
