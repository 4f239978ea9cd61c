# dbm (whichdb/open over dbm.dumb, its .dir/.dat/.bak files) and shelve (Shelf, writeback,
# closed shelf, read-only); the files' bytes equal CPython's.
import dbm, dbm.dumb, shelve, os, tempfile, shutil
d = tempfile.mkdtemp()
base = os.path.join(d, "db")
with dbm.open(base, "c") as db:
    db["alpha"] = "one"
    db[b"beta"] = b"two" * 300
    db["alpha"] = "uno"
    db["beta"] = "x" * 2000
    db["gamma"] = bytearray(b"g")
    print(sorted(db.keys()), len(db), "alpha" in db, b"nope" in db, db["alpha"], db.get(b"gamma"))
    del db["gamma"]
    try:
        db[1] = "x"
    except TypeError as e:
        print("TypeError", e)
    try:
        db["k"] = 5
    except TypeError as e:
        print("TypeError", e)
print(sorted(os.listdir(d)), dbm.whichdb(base), dbm.whichdb(os.path.join(d, "none")))
print(open(base + ".dir").read(), os.path.getsize(base + ".dat"))
with dbm.open(base, "r") as db:
    print(sorted(db.items())[:1][0][0], len(db["beta"]))
    try:
        db["z"] = "1"
    except dbm.error[1] as e:
        print(type(e).__name__, e)
try:
    dbm.open(os.path.join(d, "missing"))
except dbm.error[0] as e:
    print(type(e).__name__, e)
db = dbm.dumb.open(base)
db.close()
try:
    db.keys()
except OSError as e:
    print("OSError", e)
try:
    dbm.dumb.open(base, "q")
except ValueError as e:
    print("ValueError", e)

sp = os.path.join(d, "shelf")
with shelve.open(sp) as s:
    s["list"] = [1, 2, 3]
    s["dict"] = {"a": (1, 2.5, None)}
    s["obj"] = {1, 2}
    print(sorted(s), len(s), "list" in s, s.get("nope", "dflt"))
with shelve.open(sp) as s:
    s["list"].append(4)
    print(s["list"])
with shelve.open(sp, writeback=True) as s:
    s["list"].append(4)
    print(s["list"], sorted(s.cache))
with shelve.open(sp, flag="r") as s:
    print(dict(sorted(s.items())))
    del_ok = False
s = shelve.open(sp)
s.close()
try:
    s["x"]
except ValueError as e:
    print("ValueError", e, repr(s.dict))
m = shelve.Shelf({})
m["k"] = "v"
print(m["k"], list(m.dict.keys()), m.dict[b"k"][:2])
print(sorted(os.listdir(d)))
import hashlib
for n in ("db.dat", "db.dir", "shelf.dat", "shelf.dir"):
    print(n, hashlib.sha256(open(os.path.join(d, n), "rb").read()).hexdigest()[:16])
shutil.rmtree(d)
