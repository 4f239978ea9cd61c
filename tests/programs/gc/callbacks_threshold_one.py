# gc.callbacks that allocate (inspect.stack()) under gc.set_threshold(1): the "stop" callback
# runs while the collection still counts as running, so it starts no collection of its own
# (CPython test_generators.test_handle_frame_object_in_creation).
import gc, inspect
calls = []
def cb(phase, info):
    inspect.stack()
    calls.append(phase)
def gen():
    yield 1
thresholds = gc.get_threshold()
gc.callbacks.append(cb)
gc.set_threshold(1, 0, 0)
try:
    gen()
    x = [[] for _ in range(10)]
finally:
    gc.set_threshold(*thresholds)
    gc.callbacks.pop()
print(len(calls) > 0, calls[:2], len(calls) % 2 == 0)

class Sneaky:
    def __del__(self):
        inspect.stack()
sneaky = Sneaky()
sneaky._s = Sneaky()
sneaky._s._s = sneaky
gc.set_threshold(1, 0, 0)
try:
    del sneaky
    gen()
finally:
    gc.set_threshold(*thresholds)
print('done')
