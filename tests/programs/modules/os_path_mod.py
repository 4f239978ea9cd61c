import os.path as p, os
print(p.join("a", "b", "c.txt"), p.join("/root", "/abs"), p.basename("/x/y/z.py"), p.dirname("/x/y/z.py"))
print(p.splitext("archive.tar.gz"), p.split("/a/b/c"), p.normpath("a//b/./c/../d"), p.isabs("/a"), p.isabs("a"))
print(p.commonprefix(["/usr/lib", "/usr/local"]), p.relpath("/a/b/c", "/a"), p.splitext(".bashrc"), p.join("", "x"))
print(os.sep, os.curdir, os.pardir, os.linesep == "\n", os.path.exists(__file__), os.path.isfile(__file__), os.path.isdir("."))
print(os.path.basename(os.getcwd()) == os.path.basename(os.path.dirname(os.path.abspath(__file__))))
