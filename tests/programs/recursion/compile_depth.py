# Deeply nested expressions: too many parentheses is a SyntaxError from the parser; nesting
# the compiler cannot follow is a plain RecursionError (no SyntaxError location details).
def run(name, src):
    try:
        r = eval(src)
        print(name, "ok", type(r).__name__)
    except (SyntaxError, RecursionError) as e:
        print(name, type(e).__name__, e.args)


for n in (199, 200, 201):
    run(f"parens {n}", "(" * n + ")" * n)
    run(f"lists {n}", "[" * n + "]" * n)
run("unary 1000", "-" * 1000 + "1")
run("unary 3000", "-" * 3000 + "1")
run("not 3000", "not " * 3000 + "1")
run("add 3000", "+".join(["1"] * 3000))
run("add 100000", "+".join(["x"] * 100000))
run("attr 100000", "a" + ".b" * 100000)
