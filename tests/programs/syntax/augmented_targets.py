# augmented assignment evaluates the target's parts once
calls = []
def key(k):
    calls.append(k)
    return k
d = {"a": 1}
d[key("a")] += 10
print(d, calls)
class O:
    def __init__(self): self.n = 0
    def __getattribute__(self, name):
        calls.append("get " + name)
        return object.__getattribute__(self, name)
o = O()
calls.clear()
o.n += 5
print(o.n, calls)
lst = [[1], [2]]
lst[key(0)] += [3]
print(lst)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t)
s = "a"
s += "b"; s *= 2
print(s)
x = 5
x **= 2; x //= 3; x %= 5; x <<= 3; x >>= 1; x &= 0xF; x |= 0x10; x ^= 1; x -= 2; x /= 2
print(x)
