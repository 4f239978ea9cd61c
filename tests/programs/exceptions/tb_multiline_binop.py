# uncaught: a binary operation spanning lines gets plain ^^^ markers on its first line
def f(a):
    return (a +
            None)
f(1)
