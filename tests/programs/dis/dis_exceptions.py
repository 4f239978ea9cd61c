import dis
def handler():
    try:
        risky()
    except ValueError as e:
        print(e)
    except (TypeError, KeyError):
        pass
    else:
        print("ok")
    finally:
        print("finally")
def withs(path):
    with open(path) as f:
        return f.read()
def raising(e):
    raise ValueError("x") from e
dis.dis(handler)
dis.dis(withs)
dis.dis(raising)
