# unittest.mock: call recording (mock_calls, method_calls), call objects, assertion messages,
# return_value/side_effect, MagicMock magic methods, spec/spec_set, patch/patch.object/
# patch.dict/start-stop, PropertyMock, mock_open, attach_mock, seal.
from unittest import mock
from unittest.mock import Mock, MagicMock, call, ANY, sentinel, DEFAULT, patch, PropertyMock, NonCallableMock
import os, json

m = Mock()
m(1, 2, a=3)
m.method("x")
m.method().chained(5)
m.attr.deep.call()
print(m.call_args, m.call_args_list, m.call_count, m.called)
print(m.mock_calls)
print(m.method_calls)
print(m.method.call_args.args, m.method.call_args.kwargs)
print(call(1, 2) == call(1, 2), call(1) == call(2), call.foo(1) == ("foo", (1,), {}))
print(repr(call.a.b(1).c(x=2)), call.a.b(1).c(x=2).call_list())
print(call(ANY, 2) == call(object(), 2))
m.assert_called_with(1, 2, a=3)
for check in (lambda: m.assert_called_with(1), lambda: m.assert_called_once_with(9),
              lambda: m.method.assert_called_once(), lambda: Mock(name="f").assert_called(),
              lambda: m.assert_not_called(), lambda: m.assert_any_call(7),
              lambda: m.assert_has_calls([call(1, 2, a=3), call.method("y")]),
              lambda: m.assert_has_calls([call.method("zz")], any_order=True),
              lambda: Mock().assert_called_with(3),
              lambda: m.assret_called(), lambda: m.assert_called_twice()):
    try:
        check()
        print("passed")
    except AssertionError as e:
        print("AssertionError:", e)
    except AttributeError as e:
        print("AttributeError:", e)
m.assert_has_calls([call(1, 2, a=3), call.method("x")])
m.method.assert_any_call("x")

r = Mock(return_value=42)
print(r(), r.return_value)
s = Mock(side_effect=[1, 2, ValueError("third")])
print(s(), s())
try:
    s()
except ValueError as e:
    print("raised", e)
try:
    s()
except StopIteration:
    print("StopIteration when used up")
f = Mock(side_effect=lambda x: x * 2)
print(f(21))
g = Mock(side_effect=KeyError("k"))
try:
    g()
except KeyError as e:
    print("KeyError", e)
h = Mock(side_effect=lambda: DEFAULT, return_value=5)
print(h())

mm = MagicMock()
print(len(mm), list(mm), bool(mm), int(mm), 3 in mm, mm == mm, mm != mm, float(mm))
mm.__len__.return_value = 7
mm.__iter__.return_value = [1, 2]
mm.__getitem__.side_effect = lambda k: k.upper()
print(len(mm), list(mm), mm["key"])
with mm as inside:
    print(inside is mm.__enter__.return_value)
print(mm.mock_calls[-3:])
mm.reset_mock()
print(mm.mock_calls, mm.call_count)

spec = Mock(spec=["alpha", "beta"])
spec.alpha()
try:
    spec.gamma
except AttributeError as e:
    print("AttributeError:", e)
class Thing:
    def run(self): pass
    size = 3
t = Mock(spec=Thing)
print(isinstance(t, Thing), t.run() is t.run.return_value)
try:
    t.walk
except AttributeError as e:
    print("AttributeError:", e)
ss = Mock(spec_set=Thing)
try:
    ss.other = 1
except AttributeError as e:
    print("AttributeError:", e)

print(sentinel.foo, sentinel.foo is sentinel.foo, DEFAULT, ANY)
c = Mock()
c.configure_mock(**{"method.return_value": 3, "other.side_effect": KeyError})
print(c.method())

with patch("os.getcwd", return_value="/nowhere") as fake:
    print(os.getcwd(), fake.call_count)
print(os.getcwd() != "/nowhere")

@patch("json.dumps")
@patch("os.listdir", return_value=["a", "b"])
def uses(listdir, dumps):
    dumps.return_value = "{}"
    return os.listdir("."), json.dumps({1: 2}), listdir.call_args, dumps.call_args
print(uses())
print(json.dumps([1]))

class Config:
    level = 1
    def name(self):
        return "real"
with patch.object(Config, "name", return_value="fake"):
    print(Config().name())
print(Config().name())
with patch.object(Config, "level", 5):
    print(Config.level)
print(Config.level)
try:
    with patch("__main__.no_such_thing"):
        pass
except AttributeError as e:
    print("AttributeError:", e)
with patch("os.no_such_thing", create=True, new=3):
    print(os.no_such_thing)
print(hasattr(os, "no_such_thing"))

d = {"a": 1}
with patch.dict(d, {"b": 2}, c=3):
    print(sorted(d.items()))
print(d)
with patch.dict(d, clear=True):
    print(d)
print(d)

p = patch("os.getpid", return_value=1)
fake = p.start()
print(os.getpid())
p.stop()
print(os.getpid() != 1)

class Box:
    pass
with patch.object(Box, "value", new_callable=PropertyMock, create=True) as prop:
    prop.return_value = 10
    b = Box()
    print(b.value)
    b.value = 11
    print(prop.mock_calls)

opened = mock.mock_open(read_data="line1\nline2\n")
with patch("builtins.open", opened):
    with open("whatever.txt") as fh:
        print(fh.read())
    with open("again.txt") as fh:
        print(fh.readline(), fh.readlines())
    with open("iter.txt") as fh:
        print(list(fh))
print(opened.call_args_list)
print(opened.mock_calls[:3])
handle = opened()
handle.write("x")
handle.write.assert_called_once_with("x")

parent = Mock()
child = Mock()
parent.attach_mock(child, "child")
child(1)
print(parent.mock_calls)
mock.seal(parent)
try:
    parent.newattr
except AttributeError as e:
    print("AttributeError:", e)
nc = NonCallableMock()
try:
    nc()
except TypeError as e:
    print("TypeError:", e)
del c.method
try:
    c.method
except AttributeError as e:
    print("AttributeError:", e)
