import inspect
def f(a, b: int = 2, *args, c, d=4, **kw) -> str:
    """Docstring here."""
    return "x"
sig = inspect.signature(f)
print(sig, list(sig.parameters), sig.parameters["b"].default, sig.return_annotation)
print([(p.name, str(p.kind)) for p in sig.parameters.values()])
print(inspect.getdoc(f), inspect.isfunction(f), inspect.ismethod(f), inspect.isclass(int), inspect.isbuiltin(len))
class C:
    def m(self): pass
print(inspect.ismethod(C().m), inspect.getmro(C), [n for n, _ in inspect.getmembers(C, inspect.isfunction)])
print(inspect.getsource(f))
print(inspect.signature(lambda x, /, y=1: 0))
