# s += t / s = s + t grow the string in place when nothing else holds it (CPython's
# BINARY_OP_INPLACE_ADD_UNICODE); every other holder must keep seeing its old value.
import sys


def build(n):
    s = ''
    for i in range(n):
        s += str(i % 10)
    return s


def aliases():
    s = 'ab'
    t = s
    s += 'c'
    kept = [s]
    s += 'd'
    d = {'k': s}
    s = s + 'e'
    s += s
    print(s, t, kept, d)


def closure():
    s = 'x'

    def inner():
        return s
    for _ in range(3):
        s += 'y'
    return inner()


def nonstr():
    s = 'a'
    try:
        s += 1
    except TypeError as e:
        print('TypeError', e, s)
    s = s + ''
    print(repr(s))


def unicode_mix():
    s = 'é'
    for ch in '中😀a':
        s += ch
        s = s + ch
    print(s, len(s))


class Weird(str):
    def __add__(self, other):
        return 'weird'


def subclass():
    s = Weird('w')
    s += 'x'
    print(s, type(s).__name__)


s_global = 'g'
for i in range(5):
    s_global += str(i)
print(s_global)
print(len(build(20000)), build(25)[-5:])
aliases()
print(closure())
nonstr()
unicode_mix()
subclass()

seen = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == 'traced':
        frame.f_trace_opcodes = True
        if event == 'opcode':
            seen.append(frame.f_locals.get('s'))
    return tracer


def traced():
    s = 'a'
    s += 'b'
    s += 'c'
    return s


sys.settrace(tracer)
r = traced()
sys.settrace(None)
print(r, [x for x in seen if x is not None][-3:])
