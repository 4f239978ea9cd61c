# a coroutine that is never awaited warns when it is collected
async def lonely():
    return 1
c = lonely()
print(type(c).__name__)
del c
print("after del")
