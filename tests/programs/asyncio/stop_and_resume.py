import asyncio

loop = asyncio.new_event_loop()

def cb(n):
    print("cb", n)
    if n == 2:
        loop.stop()
        loop.call_soon(cb, 10)
        print("stop requested")

for i in range(5):
    loop.call_soon(cb, i)
loop.run_forever()
print("returned from run_forever, pending:", len(loop._ready))
loop.call_soon(loop.stop)
loop.run_forever()
print("second run_forever returned")
loop.call_later(0.01, cb, 20)
loop.call_soon(loop.stop)
loop.run_forever()
print("stopped before the timer")
loop.run_until_complete(asyncio.sleep(0.02))
loop.close()

def done_cb_raises(f):
    raise RuntimeError("in done callback")

async def main():
    f = asyncio.get_running_loop().create_future()
    f.add_done_callback(done_cb_raises)
    f.add_done_callback(lambda fut: print("second callback still runs", fut.result()))
    f.set_result(7)
    await asyncio.sleep(0)
    print("main continues")

def handler(loop, ctx):
    print("handler:", ctx["message"].split(" at ")[0], repr(ctx["exception"]))

async def runner():
    asyncio.get_running_loop().set_exception_handler(handler)
    await main()

asyncio.run(runner())
