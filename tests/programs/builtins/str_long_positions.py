# Indexing, slicing and len() of long strings with characters of 1-4 bytes in UTF-8,
# around every 64th character and with several long strings in turn.
alphabet = "aé한🐍"
strings = ["".join(alphabet[(i * k) % 4] for i in range(n))
           for k, n in [(1, 255), (3, 256), (5, 1000), (7, 4097), (1, 70), (2, 300)]]
strings.append("x" * 3000)
strings.append("x" * 3000 + "é")

def fingerprint(s):
    total = 0
    for i in range(len(s)):
        total = (total * 31 + ord(s[i])) % 1_000_000_007
    return total

for s in strings:
    n = len(s)
    print(n, fingerprint(s), s[0], s[-1], s[n // 2], s[63:66], s[-70:-60])
    print([s[k] for k in (0, 63, 64, 65, 127, 128, n - 65, n - 64, n - 1) if 0 <= k < n])
    print(s[64:64], s[n:], s[n - 3:n + 10], s[-n], len(s[100:3000]), s[1::97][:8], s[::-129][:5])
    try:
        s[n]
    except IndexError as e:
        print("IndexError:", e)

# Alternate between more long strings than anything remembers at once.
total = 0
for rounds in range(3):
    for s in strings:
        for i in range(0, len(s), 17):
            total += ord(s[i]) + len(s[i:i + 5])
print(total)

# A long string walked while others are made and dropped.
s = strings[3]
out = []
i = 0
while i < len(s):
    t = s[i:i + 40] * 10  # a new long string every step
    out.append(t[399] + s[i])
    i += 211
print("".join(out))
