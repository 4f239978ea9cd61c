class Counter:
    def __init__(self, start):
        self.value = start
    def inc(self):
        self.value += 1
        return self.value
c = Counter(10)
c.inc()
print(c.inc())
print(c.value)
