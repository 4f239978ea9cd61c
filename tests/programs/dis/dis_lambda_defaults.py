import dis
def defaults(a, b=1, *args, c=2, d, **kw) -> int:
    return lambda x=a, *, y=b: x + y
@staticmethod
def decorated():
    pass
def annotated(x: int, y: "str" = None) -> list:
    z: int = 5
    return z
dis.dis(defaults)
dis.dis(annotated)
dis.dis(compile("@dec\ndef f(): pass\n@dec2(arg)\nclass C: pass", "<m>", "exec"))
