# __notes__ set by assignment (a list, a tuple, a str), deleted, and add_note on a
# non-list; the uncaught traceback prints the replaced notes.
import traceback


class Err(Exception):
    pass


def parse(s):
    try:
        return int(s)
    except ValueError as e:
        e.add_note(f'while parsing {s!r}')
        e.add_note('second note')
        raise


e = ValueError('x')
e.__notes__ = ('tuple note', 5)
print(traceback.format_exception(e))
e.__notes__ = 'a str'
print(traceback.format_exception(e))
try:
    e.add_note('more')
except TypeError as ex:
    print('TypeError:', ex)
del e.__notes__
print(hasattr(e, '__notes__'))
e.add_note('fresh')
print(e.__notes__)
try:
    parse('abc')
except ValueError as ex:
    print(ex.__notes__)
try:
    try:
        parse('x1')
    except ValueError as ex:
        raise Err('parse failed') from ex
except Err as ex:
    ex.__notes__ = ['replaced note', 42]
    raise
