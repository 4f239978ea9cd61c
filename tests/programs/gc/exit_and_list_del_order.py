class A:
    def __init__(s, n): s.n = n
    def __del__(s): print('del', s.n)
x = A(1)
lst = [A(2), A(3)]
y = A(4)
d = {'k': A(5), 'j': A(6)}
t = (A(7), A(8))
_p = A(9)
s = {A(10)}
def helper(): return A(11)
z = [helper()]

# while running: a list releases its items last to first, on del and on clear()
tmp = [A(12), A(13), A(14)]
del tmp
nested = [A(15), [A(16), A(17)], A(18)]
nested.clear()
print('cleared')
print('end')
