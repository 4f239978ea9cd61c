import asyncio
import gc
import logging
import sys

logging.basicConfig(level=logging.DEBUG, stream=sys.stdout,
                    format="%(levelname)s|%(name)s|%(message)s")

async def boom():
    raise ValueError("lost")

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(boom(), name="boomer")
    await asyncio.sleep(0)
    del t
    gc.collect()
    loop.call_exception_handler({"message": "plain message"})
    loop.call_exception_handler({"message": "with fields", "future": None, "note": [1, 2]})
    logging.getLogger("asyncio").warning("direct %s", "warning")
    print("asyncio logger level", logging.getLogger("asyncio").level)

asyncio.run(main())
with asyncio.Runner(debug=True) as r:
    print(r.get_loop().get_debug())
