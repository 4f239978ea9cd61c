# create_autospec and patch(autospec=True): a class's calls are checked against __init__,
# its instance's methods against theirs (self dropped, staticmethods kept whole), a function
# becomes a real function carrying its mock (so it binds as a method when patched onto a
# class), async methods become AsyncMocks; builtins are not checked, as in CPython.
import os, asyncio
from unittest import mock
from unittest.mock import patch, call, create_autospec

def show(f):
    try:
        r = f()
        print("ok", r)
    except BaseException as e:
        print(type(e).__name__ + ":", e)

class Spec:
    x = 1
    def __init__(self, a, b=2): pass
    def meth(self, a): return a
    @staticmethod
    def st(q): pass
    @classmethod
    def cm(cls, r): pass
    async def am(self, z): pass

ma = create_autospec(Spec)
show(lambda: ma())
inst = ma(1)
show(lambda: inst.meth())
show(lambda: inst.meth(1, 2))
print(inst.meth(5) is inst.meth.return_value)
inst.meth.assert_called_once_with(5)
show(lambda: inst.nope)
show(lambda: inst.st())
print(inst.st(1) is not None, inst.cm(2) is not None)
print(ma.call_args_list, inst.meth.call_args_list)
print(ma.mock_calls)
print(isinstance(inst, Spec), type(inst.am).__name__)

def func(a, b, *, c=3):
    return a + b
f = create_autospec(func, return_value=9)
print(f(1, 2), f(1, b=2, c=4))
show(lambda: f(1))
show(lambda: f(1, 2, 3))
print(f.call_count, f.called, f.call_args_list)
f.assert_called_with(1, b=2, c=4)
show(lambda: f.assert_called_once())
print(f.mock.call_count, f.__name__)
f.return_value = 10
print(f(3, 4))

class Obj:
    def method(self, x): return "real"
with patch.object(Obj, "method", autospec=True) as mth:
    mth.return_value = "fake"
    o = Obj()
    print(o.method(1))
    print(mth.call_args_list == [call(o, 1)])
    show(lambda: o.method())
print(Obj().method(1))
with patch("os.getcwd", autospec=True) as g:
    g.return_value = "/a"
    print(os.getcwd())
    show(lambda: os.getcwd(1))
with patch("os.path.join", autospec=True, return_value="j") as j:
    print(os.path.join("a", "b"), j.call_args)
show(lambda: patch("os.getcwd", autospec=True, new=1).start())
@patch("os.getpid", autospec=True)
def deco(p):
    p.return_value = 7
    print(os.getpid())
deco()
am = create_autospec(Spec.am)
print(type(am).__name__)
async def main():
    print(type(await am(1, 2)).__name__)
    am.assert_awaited_once_with(1, 2) if hasattr(am, "assert_awaited_once_with") else print("no awaited attr")
    i = create_autospec(Spec, instance=True)
    r = await i.am(3)
    print(type(r).__name__)
    i.am.assert_awaited_once_with(3)
    show(lambda: i.am())
    show(lambda: i())
asyncio.run(main())
i2 = create_autospec(Spec("a"))
print(i2.meth(1) is not None)
show(lambda: i2.meth())
try:
    create_autospec(mock.Mock())
except mock.InvalidSpecError as e:
    print(str(e).startswith("Cannot autospec a Mock object."))
m = create_autospec(Spec, spec_set=True)
show(lambda: setattr(m, "zzz", 1))
m.x = 4
print(m.x)
print(repr(create_autospec(Spec))[:23], repr(create_autospec(Spec)(1).meth)[:40])
show(lambda: create_autospec(Spec)().meth)
