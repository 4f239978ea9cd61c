# The walk of deep-dive-into-coroutine.md's byte_code_with_frame_ex.py, with func() called.
def func():
    x = 10
    y = 20
    print(x + y)

import dis
dis.dis(func)
func()
