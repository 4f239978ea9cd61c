# match statements: class patterns with __match_args__, keyword sub-patterns, their errors
# (an attribute given twice, too many positional sub-patterns), mapping rest and guards.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


class Circle:
    __match_args__ = ('r',)

    def __init__(self, r):
        self.r = r


def describe(obj):
    match obj:
        case Point(x=0, y=0):
            return 'origin'
        case Point(0, y):
            return f'on y axis {y}'
        case Point(x, y) if x == y:
            return f'diagonal {x}'
        case Circle(r) if r > 10:
            return f'big circle {r}'
        case Circle(r=r):
            return f'circle {r}'
        case {'type': 'user', 'name': str(name), **rest}:
            return f'user {name} rest={rest}'
        case {'type': t}:
            return f'mapping type {t}'
        case [1, *mid, 9]:
            return f'1..9 mid={mid}'
        case (a, b):
            return f'pair {a} {b}'
        case str() | bytes() as s:
            return f'stringish {s!r}'
        case int(n) | float(n) if n < 0:
            return f'negative {n}'
        case _:
            return f'other {obj!r}'


for o in [Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Circle(20), Circle(2),
          {'type': 'user', 'name': 'bo', 'age': 3}, {'type': 'user', 'name': 5},
          [1, 2, 3, 9], [1, 9], (7, 8), 'str', b'b', -3, -2.5, 5.5, {}]:
    print(describe(o))


def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, 'TypeError:', e)


def dup_attr(p):
    match p:
        case Point(1, x=1, y=2):
            return 'matched'
    return 'no match'


def dup_second(p):
    match p:
        case Point(1, 2, y=2):
            return 'matched'
    return 'no match'


def missing_first(p):
    # the subject lacks 'r': no match, before the repeated name is seen
    match p:
        case Circle(5, r=5):
            return 'matched'
    return 'no match'


def not_instance(p):
    match p:
        case Point(1, x=1):
            return 'matched'
    return 'no match'


class NoArgs:
    pass


def too_many(o):
    match o:
        case NoArgs(1):
            return 'matched'
    return 'no match'


def int_two(o):
    match o:
        case int(1, 2):
            return 'matched'
    return 'no match'


attempt('dup_attr', lambda: dup_attr(Point(1, 2)))
attempt('dup_second', lambda: dup_second(Point(1, 2)))
attempt('not_instance', lambda: not_instance(5))
attempt('too_many', lambda: too_many(NoArgs()))
attempt('int_two', lambda: int_two(1))
c = Circle.__new__(Circle)
attempt('missing_first', lambda: missing_first(c))
