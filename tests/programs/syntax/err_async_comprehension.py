class C:
    def m(self):
        yield 1
    x = [i async for i in y]
