# f_lineno while running, in tracebacks, and in multi-line expressions
import sys
def line(): return sys._getframe(1).f_lineno
print(line())
x = [
    line(),
    line(),
]
print(x)
def multi():
    return (line() +
            line() *
            1)
print(multi())
if line():
    print("if", line())
for _ in range(1):
    print("for", line())
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print("tb_lineno", tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_lasti > 0, tb.tb_next)
def deep():
    raise ValueError
def outer():
    deep()
try:
    outer()
except ValueError as e:
    t = e.__traceback__
    lines = []
    while t:
        lines.append((t.tb_frame.f_code.co_name, t.tb_lineno))
        t = t.tb_next
    print(lines)
