# unittest.IsolatedAsyncioTestCase: async/sync tests, asyncSetUp/asyncTearDown, the shared context,
# addAsyncCleanup, enterAsyncContext and its TypeError.
import asyncio
import contextvars
import unittest

VAR = contextvars.ContextVar("VAR", default="unset")
events = []


class Resource:
    async def __aenter__(self):
        events.append("enter")
        return "resource"

    async def __aexit__(self, *exc):
        events.append("exit")


class AsyncTests(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        events.append("setUp")
        VAR.set("from setUp")

    async def asyncSetUp(self):
        events.append("asyncSetUp " + VAR.get())
        self.value = await asyncio.sleep(0, result=42)

    async def test_await(self):
        events.append("test_await " + VAR.get())
        self.assertEqual(self.value, 42)
        r = await self.enterAsyncContext(Resource())
        self.assertEqual(r, "resource")
        self.addAsyncCleanup(self.cleanup, "async cleanup")
        self.addCleanup(events.append, "sync cleanup")

    async def cleanup(self, what):
        await asyncio.sleep(0)
        events.append(what)

    async def test_fails(self):
        await asyncio.sleep(0)
        self.assertEqual(1, 2)

    def test_sync(self):
        events.append("test_sync " + VAR.get())

    async def test_error(self):
        raise ValueError("boom")

    async def test_bad_cm(self):
        with self.assertRaises(TypeError) as cm:
            await self.enterAsyncContext(object())
        events.append(str(cm.exception))

    async def asyncTearDown(self):
        events.append("asyncTearDown")

    def tearDown(self):
        events.append("tearDown")


suite = unittest.TestLoader().loadTestsFromTestCase(AsyncTests)
result = unittest.TestResult()
suite.run(result)
print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
for test, tb in result.failures + result.errors:
    print(test.id(), tb.strip().splitlines()[-1])
for e in events:
    print(e)
print(issubclass(unittest.IsolatedAsyncioTestCase, unittest.TestCase), "IsolatedAsyncioTestCase" in unittest.__all__)
