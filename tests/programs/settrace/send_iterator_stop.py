import sys
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration(42)
        return self.n
    def send(self, v):
        return self.__next__()
def g():
    r = yield from It()
    return r
def tr(frame, event, arg):
    if frame.f_code.co_name == 'g':
        print(event, frame.f_lineno, arg if event != 'exception' else (arg[0].__name__, arg[1].args))
    return tr
sys.settrace(tr)
x = g()
print(next(x), x.send(5))
try: next(x)
except StopIteration as e: print('ret', e.value)
sys.settrace(None)
