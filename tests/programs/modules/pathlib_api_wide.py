# pathlib: pure operations, comparisons, errors, and file-system calls in a scratch folder.
import os
import tempfile
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath, PosixPath


TMP = []


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        text = str(e)
        for t in TMP:
            text = text.replace(t, '<tmp>')
        print(label, type(e).__name__, text)


p = PurePosixPath('/usr/lib/python3.12/os.tar.gz')
print(p, repr(p), p.name, p.stem, p.suffix, p.suffixes, p.parent, list(p.parents)[:3], p.parts,
      p.anchor, p.root, p.drive, p.is_absolute(), p.__bytes__(), p.as_posix(), p.as_uri(), os.fspath(p))
print(p.with_name('x.py'), p.with_stem('y'), p.with_suffix('.bz2'), p.with_suffix(''),
      PurePosixPath('a/b').with_suffix('.c'), p.relative_to('/usr'), p.relative_to('/usr', 'lib'),
      p.is_relative_to('/usr/lib'), p.is_relative_to('/etc'))
print(PurePosixPath('a/b/c').relative_to('a/x', walk_up=True), PurePosixPath('//x/y'), PurePosixPath('///x'),
      PurePosixPath('a//b/./c/'), PurePosixPath(''), PurePosixPath('.'), PurePosixPath('a', '/b', 'c'))
attempt('rel', lambda: p.relative_to('/etc'))
attempt('rel walk', lambda: PurePosixPath('/a').relative_to('b', walk_up=True))
attempt('rel dotdot', lambda: PurePosixPath('a/b').relative_to('a/..', walk_up=True))
attempt('with_name empty', lambda: PurePosixPath('/').with_name('x'))
attempt('with_name bad', lambda: p.with_name('a/b'))
attempt('with_name dot', lambda: p.with_name('.'))
attempt('with_suffix bad', lambda: p.with_suffix('gz'))
attempt('with_suffix dot', lambda: p.with_suffix('.'))
attempt('with_suffix empty name', lambda: PurePosixPath('').with_suffix('.x'))
attempt('uri rel', lambda: PurePosixPath('a').as_uri())
attempt('div', lambda: p / 5)
attempt('rdiv', lambda: 5 / p)
print('x' / PurePosixPath('y'), PurePosixPath('a') / 'b' / '/c', p.joinpath('d', 'e'), p == PurePosixPath(str(p)),
      PurePosixPath('a') < PurePosixPath('b'), PurePosixPath('b') >= PurePosixPath('a'),
      PurePosixPath('a') <= PurePosixPath('a'), PurePosixPath('z') > PurePosixPath('y'),
      PurePosixPath('a') == 'a', hash(PurePosixPath('a/b')) == hash(PurePosixPath('a//b')))
attempt('lt str', lambda: PurePosixPath('a') < 'b')
print(PurePosixPath('a/b.py').match('*.py'), PurePosixPath('/a/b.py').match('/*.py'), PurePosixPath('a/b.py').match('a/*.py'))
attempt('match empty', lambda: PurePosixPath('a').match(''))
print(sorted([PurePosixPath('b'), PurePosixPath('a/c'), PurePosixPath('a')]), PurePath('q') == PurePosixPath('q'))
print(type(PurePath('x')).__name__, type(Path('x')).__name__, isinstance(Path('x'), PurePosixPath))

with tempfile.TemporaryDirectory() as tmp:
    base = Path(tmp)
    TMP.append(tmp)
    d = base / 'sub' / 'deeper'
    attempt('mkdir missing parent', lambda: d.mkdir())
    d.mkdir(parents=True)
    d.mkdir(parents=True, exist_ok=True)
    attempt('mkdir exists', lambda: d.mkdir())
    f = d / 'hello.txt'
    print(f.write_text('hi\nthere\n'), f.read_text(), f.read_bytes(), f.stat().st_size, f.exists(),
          f.is_file(), f.is_dir(), d.is_dir(), f.is_symlink(), (d / 'nope').exists())
    attempt('write_text bytes', lambda: f.write_text(b'x'))
    print(f.write_bytes(b'\x00\x01abc'), f.read_bytes(), f.write_bytes(bytearray(b'xy')), f.read_text())
    f.touch()
    attempt('touch exist', lambda: f.touch(exist_ok=False))
    g = d / 'new.txt'
    g.touch()
    print(sorted(x.name for x in d.iterdir()), sorted(str(x.relative_to(base)) for x in base.glob('**/*.txt')),
          sorted(x.name for x in base.rglob('*.txt')), sorted(x.name for x in d.glob('*.t?t')))
    h = g.rename(d / 'renamed.txt')
    print(h.name, h.exists(), g.exists(), h.replace(d / 'final.txt').name)
    (d / 'final.txt').unlink()
    attempt('unlink missing', lambda: (d / 'final.txt').unlink())
    (d / 'final.txt').unlink(missing_ok=True)
    link = base / 'link'
    link.symlink_to(f)
    print(link.is_symlink(), link.resolve() == f.resolve(), link.readlink() == f, link.read_text())
    print(f.samefile(link), [(Path(root).name, sorted(dirs), sorted(files)) for root, dirs, files in base.walk()][1:])
    print(f.absolute() == f, Path('rel').absolute() == Path.cwd() / 'rel')
    attempt('rmdir nonempty', lambda: d.rmdir())
    f.unlink()
    d.rmdir()
    print(d.exists(), Path('~').expanduser() == Path.home(), Path('x').expanduser())
    with (base / 'w.txt').open('w') as fh:
        fh.write('opened')
    print((base / 'w.txt').read_text(), (base / 'w.txt').write_text('a\nb'), (base / 'w.txt').read_bytes())
    (base / 'e.txt').write_bytes(b'caf\xe9')
    print((base / 'e.txt').read_text(errors='replace'))
