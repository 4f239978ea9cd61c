import re, random
rng = random.Random(1234)
atoms = ["a", "b", "c", ".", r"\d", r"\w", r"\s", "[ab]", "[^a]", "[a-c]", "x", r"\b", "^", "$", "(?:ab)", "(a|b)", "(a*)", "(b?)", "(?=a)", "(?!b)", "(?<=a)", r"(a)\1" ]
quants = ["", "", "", "*", "+", "?", "*?", "+?", "??", "{2}", "{1,2}", "{,2}", "{2,}?"]
def gen(depth=0):
    parts = []
    for _ in range(rng.randint(1, 4)):
        if depth < 1 and rng.random() < 0.2:
            inner = gen(depth + 1)
            atom = rng.choice(["(%s)", "(?:%s)", "(%s|%s)" ]).replace("%s", inner, 1).replace("%s", gen(depth + 1), 1)
        else:
            atom = rng.choice(atoms)
        q = rng.choice(quants)
        if atom in (r"\b", "^", "$", "(?=a)", "(?!b)", "(?<=a)"):
            q = ""
        parts.append(atom + q)
    if rng.random() < 0.2:
        return "|".join(parts)
    return "".join(parts)
subjects = ["", "a", "ab", "abc", "aab", "ba", "abab", "a b", "aa bb\ncc", "xaxbx", "1a2b", "cabbage", "aaaa"]
n = 0
for i in range(400):
    pat = gen()
    try:
        cp = re.compile(pat)
    except re.error as e:
        print(pat, "error", e)
        continue
    for s in rng.sample(subjects, 4):
        m = cp.search(s)
        print(repr(pat), repr(s), m and (m.span(), m.groups()), cp.findall(s), cp.sub("#", s), cp.split(s), bool(cp.fullmatch(s)))
        n += 1
print(n)
