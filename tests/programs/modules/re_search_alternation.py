# search over alternations: the first-character prefilter must never skip a start where a
# branch could match (empty branches, assertions, backrefs, case folding, nesting).
import re
tests = [r"sigma|kappa", r"a|", r"(?:ab|cd)+x", r"(x)|y|\d+", r"(?i)Ab|cD", r"(?:a|b*)c", r"(?=a)|b", r"(a|b)\1", r"^a|b", r"a|b$", r"(?:a|(?:b|(?:c|(?:d|(?:e|(?:f|(?:g|(?:h|(?:i|j)))))))))",
         r"(?:[a-c]|x{2,})z", r"(?:é|ü)+", r"\bfoo|bar\b", r"(?:a|b|c|d|e|f|g|h|i|j|k)q"]
subjects = ["xx sigma kappa", "", "zzabcdcdx", "7y x", "xxAB cd", "bbbc", "cab", "abba xx", "ba", "ab", "zzj", "xxxz az", "ùéü", "foobar xbar", "kq jq"]
for p in tests:
    for s in subjects:
        print(p, repr(s), [m.span() for m in re.finditer(p, s)], re.search(p, s, 2) and re.search(p, s, 2).span())
