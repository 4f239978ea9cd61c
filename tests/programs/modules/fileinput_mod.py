# fileinput: several files as one stream, line counters, nextfile, inplace editing, hooks
import fileinput
import os
import sys
import tempfile

with tempfile.TemporaryDirectory() as d:
    a = os.path.join(d, "a.txt")
    b = os.path.join(d, "b.txt")
    with open(a, "w") as f:
        f.write("alpha 1\nalpha 2\nalpha 3\n")
    with open(b, "w") as f:
        f.write("beta 1\nbeta 2")
    for line in fileinput.input([a, b]):
        print(os.path.basename(fileinput.filename()), fileinput.lineno(), fileinput.filelineno(),
              fileinput.isfirstline(), fileinput.isstdin(), repr(line))
    print(os.path.basename(fileinput.filename()), fileinput.lineno(), fileinput.filelineno())
    fileinput.close()
    try:
        fileinput.lineno()
    except RuntimeError as e:
        print("RuntimeError", e)

    with fileinput.input(files=(a, b)) as fi:
        for line in fi:
            if fi.filelineno() == 2:
                fi.nextfile()
            print(fi.lineno(), line.strip())
    fi = fileinput.FileInput([b, a])
    print(fi.readline().strip(), fi.filename() == b, fi.fileno() > 2)
    fi.close()
    print(fi.fileno())

    with fileinput.input(a, inplace=True, backup=".orig") as fi:
        for line in fi:
            print(line.rstrip().upper() + "!")
    print(open(a).read(), os.path.exists(a + ".orig"), open(a + ".orig").read().count("\n"))
    with fileinput.input([b], inplace=True) as fi:
        for line in fi:
            sys.stdout.write(line.replace("beta", "gamma"))
    print(repr(open(b).read()), os.path.exists(b + ".bak"))
    with fileinput.input([a], mode="rb") as fi:
        print([line for line in fi][:2])
    with fileinput.input([a], openhook=fileinput.hook_encoded("utf-8")) as fi:
        print(sum(1 for _ in fi))
    fileinput.input([a])
    try:
        next(iter(fileinput._state))
        fileinput.input([b])
    except RuntimeError as e:
        print("RuntimeError", e)
    fileinput.close()
    for bad in (dict(mode="w"), dict(inplace=True, openhook=open), dict(openhook=5)):
        try:
            fileinput.FileInput([a], **bad)
        except ValueError as e:
            print("ValueError", e)
