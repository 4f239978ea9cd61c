# BaseExceptionGroup and ExceptionGroup are generic (PEP 585): subscripting them gives a
# types.GenericAlias, as annotations written at run time need.
import types

alias = ExceptionGroup[ValueError]
print(alias, type(alias) is types.GenericAlias)
print(alias.__origin__ is ExceptionGroup, alias.__args__)
print(BaseExceptionGroup[KeyboardInterrupt | ValueError])


class MyGroup(ExceptionGroup):
    pass


print(MyGroup[OSError], MyGroup[OSError].__origin__ is MyGroup)


def handler(eg: ExceptionGroup[OSError]) -> list[str]:
    return [type(e).__name__ for e in eg.exceptions]


print(handler.__annotations__["eg"])
print(handler(ExceptionGroup("io", [OSError(), FileNotFoundError()])))
try:
    ValueError[int]
except TypeError as e:
    print("TypeError", e)
