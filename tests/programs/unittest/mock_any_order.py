# any_order matching of assert_has_calls / assert_has_awaits and their messages
import asyncio
from unittest.mock import Mock, AsyncMock, call
m = Mock()
m(1); m(2); m.x(3)
m.assert_has_calls([call(2), call(1)], any_order=True)
try:
    m.assert_has_calls([call(9), call(1)], any_order=True)
except AssertionError as e:
    print(e)
a = AsyncMock()
asyncio.run(a(1)); asyncio.run(a(2))
a.assert_has_awaits([call(2), call(1)], any_order=True)
try:
    a.assert_has_awaits([call(5)], any_order=True)
except AssertionError as e:
    print(e)
try:
    a.assert_has_awaits([call(2), call(1)])
except AssertionError as e:
    print(e)
