# eval, exec, compile and the namespaces they use
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("y", {}, {"y": "local"}), eval("len('abc')"))
ns = {}
exec("a = 1\nb = a + 1\ndef f(): return a + b", ns)
print(ns["b"], ns["f"](), sorted(k for k in ns if not k.startswith("__")), "__builtins__" in ns)
code = compile("print('compiled', n)", "<string>", "exec")
exec(code, {"n": 5})
expr = compile("n ** 2", "<expr>", "eval")
print(eval(expr, {"n": 7}), code.co_filename, expr.co_name, type(code).__name__)
single = compile("40 + 2", "<single>", "single")
exec(single)
def scope_demo():
    local_var = "L"
    return eval("local_var"), eval("local_var + g", None, {"local_var": "x", "g": "y"})
g = "G"
print(scope_demo())
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset, e.text)
try:
    exec("raise ValueError('inside exec')")
except ValueError as e:
    print("ValueError:", e)
try:
    eval("undefined_in_eval")
except NameError as e:
    print("NameError:", e)
print(eval("[i * i for i in range(4)]"), eval("(lambda q: q + 1)(1)"), exec("pass"))
print(__import__("math").sqrt(9), __import__("os.path").__name__, __import__("os.path", fromlist=["join"]).__name__)
