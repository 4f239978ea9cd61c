# an uncaught chained exception prints both tracebacks
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f"cannot parse {s!r}") from e
def handle():
    try:
        parse("x1")
    finally:
        print("cleanup")
handle()
