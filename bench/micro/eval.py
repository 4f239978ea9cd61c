# Micro-benchmark of the evaluation loop's own cost per bytecode: python bench/micro/eval.py CASE N
# bench/micro/eval_cg.sh counts instructions per iteration under callgrind.
# docs/PERFORMANCE.md "eval loop".
#   range    `for i in range(n): pass` in a function (FOR_ITER, STORE_FAST, JUMP_BACKWARD)
#   modrange the same loop at module level (STORE_NAME)
#   while    `while i < n: i += 1` (LOAD_FAST, COMPARE_OP, POP_JUMP_IF_FALSE, BINARY_OP, ...)
#   call     a call of a Python function returning its argument plus one
#   list     for x in a list: if x is not None and not x: ... (IS_OP, POP_JUMP_IF, UNARY_NOT)
#   objs     for x in a list of lists: t += len(x)  (heap values through the stack)
import sys

def f_range(n):
    for i in range(n):
        pass

def f_while(n):
    i = 0
    while i < n:
        i += 1
    return i

def inc(x):
    return x + 1

def f_call(n):
    t = 0
    for i in range(n):
        t = inc(t)
    return t

def f_list(n):
    xs = [0, 1, None, "", "a"] * (n // 5)
    c = 0
    for x in xs:
        if x is not None and not x:
            c += 1
    return c

def f_objs(n):
    xs = [[1], [1, 2], []] * (n // 3)
    t = 0
    for x in xs:
        y = x
        t += len(y)
    return t

case, n = sys.argv[1], int(sys.argv[2])
if case == 'modrange':
    for i in range(n):
        pass
else:
    {'range': f_range, 'while': f_while, 'call': f_call, 'list': f_list, 'objs': f_objs}[case](n)
