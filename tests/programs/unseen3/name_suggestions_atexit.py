# "Did you mean" of an uncaught NameError (the interpreter's own search, where a
# one-letter name may get a longer candidate) against traceback.print_exc's; an atexit
# callback's exception is reported from the callback's frame.
import atexit
import sys
import traceback


def bad_callback():
    raise ValueError('in atexit')


atexit.register(print, 'atexit ran last')
atexit.register(bad_callback)
e1 = 1
value = 2
try:
    e
except NameError:
    traceback.print_exc(file=sys.stdout)
try:
    valeu
except NameError:
    traceback.print_exc(file=sys.stdout)
try:
    sys.exitt
except AttributeError:
    traceback.print_exc(file=sys.stdout)


def uses_local():
    idx1 = 0
    return idx


try:
    uses_local()
except NameError:
    traceback.print_exc(file=sys.stdout)
print(e)
