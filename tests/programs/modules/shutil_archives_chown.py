# shutil.make_archive/unpack_archive (zip, tar, gztar; root_dir/base_dir; registries and errors),
# shutil.chown and os.chown/lchown/fchown.
import shutil, os, tempfile, zipfile, tarfile
d = tempfile.mkdtemp()
src = os.path.join(d, "src")
os.makedirs(os.path.join(src, "pkg", "sub"))
for rel, data in {"a.txt": "A", "pkg/b.txt": "BB", "pkg/sub/c.txt": "CCC"}.items():
    with open(os.path.join(src, rel), "w") as f:
        f.write(data)
print([f for f in shutil.get_archive_formats() if f[0] in ("zip", "tar", "gztar")], [f for f in shutil.get_unpack_formats() if f[0] in ("zip", "tar", "gztar")])
for fmt in ["zip", "tar", "gztar"]:
    name = shutil.make_archive(os.path.join(d, "out", "arch_" + fmt), fmt, root_dir=src)
    print(fmt, os.path.relpath(name, d), os.path.isabs(name))
    if fmt == "zip":
        with zipfile.ZipFile(name) as z:
            print(" ", sorted(z.namelist()))
    else:
        with tarfile.open(name) as t:
            print(" ", sorted(t.getnames()))
    dest = os.path.join(d, "x_" + fmt)
    shutil.unpack_archive(name, dest)
    print(" ", sorted(os.path.relpath(os.path.join(r, f), dest) for r, _, fs in os.walk(dest) for f in fs))
os.chdir(src)
name = shutil.make_archive(os.path.join(d, "rel"), "tar", base_dir="pkg")
print(os.path.relpath(name, d))
with tarfile.open(name) as t:
    print(t.getnames())
shutil.unpack_archive(name, os.path.join(d, "y"), "tar", filter="data")
print(sorted(os.listdir(os.path.join(d, "y", "pkg"))))
for bad in [lambda: shutil.make_archive("q", "rar"), lambda: shutil.unpack_archive("file.rar"),
            lambda: shutil.unpack_archive(name, d, "rar"),
            lambda: shutil.register_unpack_format("t2", [".tar"], print),
            lambda: shutil.register_archive_format("x", 5),
            lambda: shutil.make_archive("q", "tar", root_dir=os.path.join(src, "a.txt"))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, str(e).replace(d, "<d>"))
shutil.register_archive_format("mine", lambda base, bdir, **kw: base + ".mine", description="custom")
print(shutil.make_archive("zz", "mine"), ("mine", "custom") in shutil.get_archive_formats())
shutil.unregister_archive_format("mine")
os.chdir("/")
shutil.rmtree(d)

import os, shutil, tempfile, pwd, grp
d = tempfile.mkdtemp()
p = os.path.join(d, "f")
open(p, "w").close()
os.symlink(p, p + ".l")
st = os.stat(p)
os.chown(p, st.st_uid, st.st_gid)
os.chown(p, -1, -1)
os.lchown(p + ".l", st.st_uid, -1)
os.chown(p + ".l", -1, st.st_gid, follow_symlinks=False)
fd = os.open(p, os.O_RDONLY); os.fchown(fd, -1, st.st_gid); os.close(fd)
me = pwd.getpwuid(os.getuid()).pw_name
shutil.chown(p, user=me)
shutil.chown(p, group=grp.getgrgid(os.getgid()).gr_name)
shutil.chown(p, os.getuid(), os.getgid())
for args in [{}, {"user": "no_such_user_x"}, {"group": "no_such_group_x"}]:
    try:
        shutil.chown(p, **args)
    except (ValueError, LookupError) as e:
        print(type(e).__name__, e)
try:
    os.chown(os.path.join(d, "missing"), 0, 0)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
print(os.stat(p).st_uid == st.st_uid)
shutil.rmtree(d)
