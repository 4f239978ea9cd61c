# typing: Literal deduplicated and compared as a set (with types), Union compared as a set, also with X | Y
import typing
from typing import Literal, Union, Optional
print(Literal[1, "a"] == Literal["a", 1], Literal[1, 1, 2], Literal[1, True], Literal[1] == Literal[True], Literal[0] == Literal[False])
print(Union[int, str] == Union[str, int], Optional[int] == Union[None, int], hash(Union[int, str]) == hash(Union[str, int]), len({Literal[1, 2], Literal[2, 1]}))
print(typing.get_args(Literal[1, 1, "x", "x"]), Literal["a", "b"].__args__, Union[int, str] == int | str, Literal[1] == 1)
print(typing.List[int] == list[int], typing.Dict[str, int] == typing.Dict[str, int], typing.Tuple[int, str] == typing.Tuple[str, int])
