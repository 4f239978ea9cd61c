import gzip, io
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0) as f:
    f.write(b'a\nbb\nccc\n')
buf.seek(0)
g = gzip.GzipFile(fileobj=buf)
print(list(g), iter(g) is g)
g.close()
try: iter(g)
except ValueError as e: print(e)
try: next(g)
except ValueError as e: print(e)
for op in (lambda: g.read(), lambda: g.readline(), lambda: g.peek(1), lambda: g.seek(0)):
    try: op()
    except ValueError as e: print(e)
w = gzip.GzipFile(fileobj=io.BytesIO(), mode='wb'); w.close()
try: w.write(b'x')
except ValueError as e: print(e)
