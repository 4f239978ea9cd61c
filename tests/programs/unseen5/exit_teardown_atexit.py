# What runs at exit, in order: atexit callbacks (last registered first; one calling
# sys.exit is reported, the exit status stays), then the cycle collector, then
# __main__'s globals in dict order, then the classes' attributes at the last collect.
import atexit, sys
class R:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)
a = R("global_a")
lst = [R("in_list1"), R("in_list2")]
c1 = R("cyc1"); c2 = R("cyc2"); c1.other = c2; c2.other = c1
d = {"k": R("in_dict")}
def make():
    return R("returned")
keep = make()
class Holder:
    inst = R("class_attr")
def on_exit():
    print("atexit runs; a still here:", a.name, keep.name)
atexit.register(on_exit)
atexit.register(print, "atexit print", sep="|")
def raise_exit():
    sys.exit(5)
atexit.register(raise_exit)
def fail():
    raise ValueError("callback failed")
atexit.register(fail)
b = R("global_b")
del c1, c2
print("end of main")
