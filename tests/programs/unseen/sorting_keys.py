"""Sorting with keys: attrgetter/itemgetter, stability, reverse, cmp_to_key, locale-free."""
from functools import cmp_to_key
from operator import attrgetter, itemgetter, methodcaller
from collections import namedtuple

Student = namedtuple("Student", ["name", "grade", "age"])
students = [
    Student("john", "A", 15),
    Student("jane", "B", 12),
    Student("dave", "B", 10),
    Student("ann", "A", 12),
    Student("zed", "C", 15),
]
print(sorted(students, key=attrgetter("age")))
print(sorted(students, key=attrgetter("grade", "age")))
print([s.name for s in sorted(students, key=itemgetter(2), reverse=True)])
print(sorted(students, key=lambda s: (s.grade, -s.age))[0])
s = sorted(students, key=attrgetter("age"))
print([x.name for x in sorted(s, key=attrgetter("grade"), reverse=True)])
print(students[0]._asdict(), students[0]._replace(age=16), Student._fields, Student._make(["x", "D", 1]))
name, grade, age = students[1]
print(name, grade, age, students[1][0], students[1].count("B"), len(students[1]))
Point = namedtuple("Point", "x y", defaults=[0])
print(Point(1), Point(1, 2) + (3,), Point._field_defaults, repr(Point(x=5, y=-1)))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted(words, key=methodcaller("count", "a")), max(words, key=len), min(words))


def compare(a, b):
    if len(a) != len(b):
        return len(b) - len(a)
    return (a > b) - (a < b)


print(sorted(words, key=cmp_to_key(compare)))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sorted(nums, key=abs), sorted(nums, reverse=True), sorted(set(nums)), list(reversed(nums)))
nums.sort(key=lambda n: n % 3)
print(nums)
records = {"b": 3, "a": 3, "c": 1, "d": 2}
print(sorted(records, key=records.get), sorted(records.items(), key=itemgetter(1, 0)))
print(dict(sorted(records.items(), key=lambda kv: kv[1], reverse=True)))
pairs = [(1, "b"), (1, "a"), (0, "z")]
pairs.sort()
print(pairs, sorted([[3, 2], [3, 1], [1, 9]]), sorted("hello"), sorted((2, 1)), sorted({3: 1, 1: 2}))
print(sorted([0.1, -0.0, 0.0, float("inf"), -5]), sorted([True, 0, 2, False]))
try:
    sorted([3, None, 1])
except TypeError as e:
    print(e)
try:
    [1, 2].sort(lambda x: x)
except TypeError as e:
    print(e)
matrix = [[5, 1], [2, 8], [2, 3]]
print(sorted(matrix, key=itemgetter(0)), itemgetter(1, 0)(matrix[0]), attrgetter("real", "imag")(3 + 4j))
table = [("alice", 93.5), ("bob", 78.25), ("charlie", 88.0)]
print(f"{'Name':<10}{'Score':>8}")
for n, sc in sorted(table, key=itemgetter(1), reverse=True):
    print(f"{n:<10}{sc:>8.2f}")
print("-" * 18)
print(f"{'avg':<10}{sum(x for _, x in table) / len(table):>8.3f}")
