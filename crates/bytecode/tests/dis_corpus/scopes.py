# Attribute stores and deletes, cell deletes, class-scope lookups, set unpacking.
class Holder:
    def __init__(self, value):
        self.value = value
        del self.value


def cells():
    cell = 1

    def reader():
        return cell

    del cell
    return reader


def outer():
    hidden = 2

    class Inner:
        seen = hidden
        unpacked = {*[1, 2], *(3,)}

    return Inner


def check(flag):
    try:
        value = 1
    finally:
        pass
    if flag:
        del value
    return value


class Generic[T]:
    attr: T

    def method[U](self, other: U) -> T | U:
        return self.attr


d: dict[str, int] = {}
