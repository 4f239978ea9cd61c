import asyncio
import sys

async def child():
    await asyncio.sleep(0)
    print("child exiting the program")
    sys.exit(3)

async def bystander():
    try:
        await asyncio.sleep(10)
    finally:
        print("bystander finally")

async def main():
    asyncio.create_task(bystander())
    await asyncio.create_task(child())
    print("not reached")

try:
    asyncio.run(main())
finally:
    print("finally at top level")
