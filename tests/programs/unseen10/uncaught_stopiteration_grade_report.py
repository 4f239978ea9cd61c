# An uncaught error in a grade calculator: nested calls, a comprehension, a generator, and a
# long expression spanning lines.
class Student:
    def __init__(self, name, scores):
        self.name = name
        self.scores = scores

    def average(self):
        return sum(self.scores) / len(self.scores)

def letter(avg):
    bands = [(90, "A"), (80, "B"), (70, "C")]
    return next(g for cut, g in bands if avg >= cut)

def report(students):
    rows = {s.name: letter(s.average()) for s in students}
    total = (
        sum(s.average() for s in students)
        / len(students)
    )
    return rows, total

students = [Student("ann", [95, 88]), Student("bob", [72, 65, 70]), Student("cy", [40])]
print(report(students[:1]))
print(report(students))
