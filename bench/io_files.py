"""Files: a ~54 MB text file read line by line (text and binary), and many small prints.

    python bench/io_files.py make   # writes /tmp/pydive_io_bench.txt (1,000,000 lines)
    pydive bench/io_files.py text|bin|prints
    pydive bench/io_files.py        # as bench/run.sh runs it: make (when missing), text, bin
"""
import os
import sys

PATH = '/tmp/pydive_io_bench.txt'


def make():
    with open(PATH, 'w') as f:
        for i in range(1000000):
            f.write('line %d of the benchmark file, some text here....\n' % i)


def text():
    n = t = 0
    with open(PATH) as f:
        for line in f:
            n += 1
            t += len(line)
    print(n, t)


def binary():
    n = 0
    with open(PATH, 'rb') as f:
        for line in f:
            n += 1
    print(n)


def prints():
    for i in range(200000):
        print(i, 'x')


what = sys.argv[1] if len(sys.argv) > 1 else 'auto'
if what == 'auto':
    if not os.path.exists(PATH):
        make()
    text()
    binary()
else:
    {'make': make, 'text': text, 'bin': binary, 'prints': prints}[what]()
