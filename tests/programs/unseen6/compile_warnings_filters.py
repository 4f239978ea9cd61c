# SyntaxWarnings from compile()/eval()/exec() go through the warnings filters:
# "error" turns them into a SyntaxError at the warning's place, "ignore" hides
# them, record=True catches them, and with no registry each compile warns again.
import warnings


def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except SyntaxError as e:
        print(label, "SyntaxError:", e.msg, e.args[1])


for i in range(2):
    compile("x = '\\d'", "<loop>", "exec")
    eval("1 is 1")

with warnings.catch_warnings():
    warnings.simplefilter("error")
    attempt("escape", lambda: compile("x = 1\ny = '\\d'", "<w>", "exec"))
    attempt("bytes escape", lambda: compile("x = b'\\d'\n", "<w>", "exec"))
    attempt("octal", lambda: compile("x = '\\777'\n", "<w>", "exec"))
    attempt("is literal", lambda: eval("(1 is 1)"))
    attempt("assert tuple", lambda: compile("x = 1\nassert (x, 'msg')\n", "<w>", "exec"))
    attempt("not callable", lambda: compile("f = [1, 2](3)\n", "<w>", "exec"))
    attempt("fine", lambda: compile("x = r'\\d'", "<w>", "exec"))

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    compile("x = '\\d'", "<ignored>", "exec")
    print("ignored")

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    compile("x = '\\d' + '\\q'\ny = 2 is not 2", "<rec>", "exec")
    for w in caught:
        print(w.category.__name__, w.message, w.filename, w.lineno)

with warnings.catch_warnings():
    warnings.filterwarnings("error", message="invalid escape")
    attempt("filtered by message", lambda: compile("z = '\\w'", "<m>", "exec"))
    attempt("other warning kept", lambda: compile("z = () is ()", "<m>", "exec"))


class Boom(Exception):
    pass


def showwarning(*args):
    raise Boom("from showwarning")


with warnings.catch_warnings():
    warnings.showwarning = showwarning
    try:
        compile("q = '\\d'", "<b>", "exec")
    except Boom as e:
        print("Boom propagates:", e)

warnings.filterwarnings("error", category=SyntaxWarning)
exec("y = 1 is not 1")
