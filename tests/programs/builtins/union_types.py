# X | Y unions of classes, None, generic aliases and unions (types.UnionType), and typing.get_args/get_origin on them.
import typing
print(float | list[int], list[int] | None, dict[str, int] | list[int] | int)
u = int | list[str]
print(u.__args__, isinstance(3, int | str))
def f(x: int | list[int] | None = None) -> dict[str, int] | None: pass
print(f.__annotations__)
print(typing.get_args(int | str))
print((int | str) | (bytes | None), (int | str) | list[int], None | list[int])
try:
    None | None
except TypeError as e:
    print(e)
import types
print(typing.get_origin(int | str) is types.UnionType, typing.get_args(list[int] | None))
