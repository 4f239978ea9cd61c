# 3.12 type parameter syntax and type aliases
type Pair[T] = tuple[T, T]
print(Pair, Pair.__value__, Pair.__type_params__, type(Pair).__name__)
def first[T](xs: list[T]) -> T:
    return xs[0]
print(first([3, 4]), first.__type_params__)
class Box[T]:
    def __init__(self, v: T): self.v = v
    def get(self) -> T: return self.v
print(Box(5).get(), Box.__type_params__, Box[int])
type Alias = int | str
print(Alias.__value__, Alias.__name__)
