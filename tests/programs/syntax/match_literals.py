def classify(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case b"bytes":
            return "bytes"
        case _:
            return f"other {v!r}"
for v in [0, 1, 3, "hello", None, True, False, -1, 1.5, b"bytes", 99, 0.0, 1.0]:
    print(repr(v), classify(v))
import enum
class Color(enum.Enum):
    RED = 1
    BLUE = 2
def color(c):
    match c:
        case Color.RED:
            return "red!"
        case Color.BLUE:
            return "blue!"
print(color(Color.RED), color(Color.BLUE), color(1))
