# unittest.mock inside TestCases: patch as method and class decorator, patch.multiple,
# AsyncMock awaits, wraps; run by unittest.main(verbosity=2) with a fixed clock.
import asyncio
import time
import unittest
from unittest import mock
from unittest.mock import AsyncMock, MagicMock, Mock, call, patch

time.perf_counter = lambda: 0.0


def fetch_total(client):
    data = client.get("/items")
    return sum(item["price"] for item in data)


class Service:
    def __init__(self, repo):
        self.repo = repo

    def rename(self, key, name):
        record = self.repo.load(key)
        record.name = name
        self.repo.save(record)
        return record


async def gather_prices(api):
    a = await api.price("a")
    b = await api.price("b")
    return a + b


@patch("time.sleep")
class PatchedClass(unittest.TestCase):
    def test_sleep_is_mock(self, sleep):
        time.sleep(100)
        sleep.assert_called_once_with(100)

    def helper(self):
        return time.sleep


class Tests(unittest.TestCase):
    def test_total(self):
        client = Mock()
        client.get.return_value = [{"price": 2}, {"price": 5}]
        self.assertEqual(fetch_total(client), 7)
        client.get.assert_called_once_with("/items")

    def test_service(self):
        repo = MagicMock()
        service = Service(repo)
        record = service.rename(3, "new")
        self.assertEqual(record.name, "new")
        repo.load.assert_called_once_with(3)
        repo.save.assert_called_once_with(repo.load.return_value)
        self.assertEqual(repo.mock_calls, [call.load(3), call.save(record)])

    @patch("os.path.exists", return_value=False)
    @patch("os.getcwd")
    def test_decorators(self, getcwd, exists):
        import os
        getcwd.return_value = "/tmp/x"
        self.assertEqual(os.getcwd(), "/tmp/x")
        self.assertFalse(os.path.exists("anything"))
        exists.assert_called_once_with("anything")

    @patch.multiple("os", getpid=mock.DEFAULT, getppid=mock.DEFAULT)
    def test_multiple(self, getpid, getppid):
        import os
        getpid.return_value = 10
        self.assertEqual(os.getpid(), 10)
        self.assertIsInstance(getppid, MagicMock)

    def test_async(self):
        api = AsyncMock()
        api.price.side_effect = [3, 4]
        self.assertEqual(asyncio.run(gather_prices(api)), 7)
        api.price.assert_awaited_with("b")
        self.assertEqual(api.price.await_count, 2)
        self.assertEqual(api.price.await_args_list, [call("a"), call("b")])
        try:
            api.price.assert_awaited_once()
        except AssertionError as e:
            print("awaited:", e)

    def test_failure_message(self):
        m = Mock(name="sender")
        m("hello")
        with self.assertRaises(AssertionError) as caught:
            m.assert_called_with("bye")
        print(caught.exception)

    def test_wraps(self):
        real = [3, 1, 2]
        spy = Mock(wraps=real)
        self.assertEqual(spy.index(2), 2)
        spy.index.assert_called_once_with(2)


if __name__ == "__main__":
    unittest.main(verbosity=2)
