# Calls of a mock with a function spec (Mock(spec=f), create_autospec) are compared by how
# their arguments bind to the signature: f(1, b=3) matches assert_called_with(a=1, b=3) and
# (1, 3). A plain Mock(spec=f) still takes any arguments; only autospec checks them.
from unittest import mock
def show(f):
    try:
        r = f(); print("ok", r)
    except BaseException as e:
        print(type(e).__name__ + ":", e)
def func(a, b=2): pass
f = mock.create_autospec(func)
f(1, b=3)
show(lambda: f.assert_called_with(a=1, b=3))
show(lambda: f.assert_called_once_with(1, 3))
show(lambda: f.assert_any_call(1, 3))
show(lambda: f.assert_has_calls([mock.call(a=1, b=3)]))
m = mock.Mock(spec=func)
m(1, 2)
show(lambda: m.assert_called_with(a=1, b=2))
class C:
    def meth(self, x, y=0): pass
c = mock.create_autospec(C, instance=True)
c.meth(1, y=2)
show(lambda: c.meth.assert_called_with(x=1, y=2))
show(lambda: c.meth.assert_called_with(x=5, y=2))
loose = mock.Mock(spec=func)
show(lambda: loose(1, 2, 3, 4) is not None)
show(lambda: loose.assert_called_with(1, 2, 3, 4))
show(lambda: f(1, 2, 3))
show(lambda: mock.Mock().assert_called_with(1))
plain = mock.Mock()
plain(1, b=2)
show(lambda: plain.assert_called_with(a=1, b=2))
