import asyncio
import warnings

loop = asyncio.get_event_loop()
print(type(loop).__name__, loop is asyncio.get_event_loop())
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
new = asyncio.new_event_loop()
asyncio.set_event_loop(new)
print(asyncio.get_event_loop() is new)
try:
    asyncio.set_event_loop(5)
except TypeError as e:
    print("TypeError:", e)
policy = asyncio.get_event_loop_policy()
print(type(policy).__name__)
loop.close()
new.close()

def helper():
    return asyncio.get_event_loop()

asyncio.set_event_loop_policy(None)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    helper()
    print([(str(x.message), x.category.__name__, x.lineno) for x in w])
asyncio.get_event_loop().close()
