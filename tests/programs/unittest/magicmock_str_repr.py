# str() and repr() of a MagicMock before its __str__/__repr__ child exists: the class holds
# a descriptor (unittest.mock's MagicProxy) that str()/repr() must bind through __get__, as
# CPython's special-method lookup does. Also a plain descriptor class standing for __str__.
from unittest.mock import MagicMock, AsyncMock


class Descr:
    def __get__(self, obj, owner=None):
        return lambda: "via descriptor"


class Holder:
    __str__ = Descr()
    __repr__ = Descr()


h = Holder()
print(str(h))
print(repr(h))
print([h])

mm = MagicMock(name="thing")
print(str(mm).startswith("<MagicMock name='thing'"))
print(mm.__str__.called)
mm.__str__.return_value = "configured"
print(str(mm), f"{mm}")
print(mm.__str__.call_count)
print(repr(mm.__aenter__).startswith("<AsyncMock name='thing.__aenter__'"))
print(isinstance(mm.__aenter__, AsyncMock))
print(int(mm), float(mm), bool(mm), len(mm), list(mm))
