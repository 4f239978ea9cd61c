# csv's reader/writer are C in CPython.
import csv
import io

print(list(csv.reader(io.StringIO("a,b\n"))))
csv.reader(5)
