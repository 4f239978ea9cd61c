# A .pyc file read back by hand: the 16-byte header, then marshal.load of the module's code
# object; marshal.dump/dumps/loads round trips; the code runs and dis shows it.
import dis
import marshal
import os
import tempfile

source = "def add(a, b):\n    return a + b\n\nprint('sum', add(2, 3))\n"
with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "mod.py")
    with open(src, "w") as f:
        f.write(source)
    code = compile(source, "mod.py", "exec")
    pyc = os.path.join(tmp, "mod.pyc")
    with open(pyc, "wb") as f:
        f.write(b"\0" * 16)
        marshal.dump(code, f)
    with open(pyc, "rb") as f:
        header = f.read(16)
        loaded = marshal.load(f)
    print(len(header), type(loaded).__name__, loaded.co_name, loaded.co_filename)
    print(loaded.co_code == code.co_code, loaded.co_consts[-1], loaded.co_names)
    exec(loaded)
    again = marshal.loads(marshal.dumps(loaded))
    print(again.co_code == code.co_code)
    add_code = [c for c in loaded.co_consts if hasattr(c, "co_code")][0]
    dis.dis(add_code)
