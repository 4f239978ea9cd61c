"""What CPython's site module puts in builtins at startup (its _sitebuiltins): exit and quit,
copyright, credits and license, help. pydive imports this module when it sets up sys."""

import sys


class Quitter(object):
    """exit / quit: the repr tells how to leave; a call raises SystemExit(code)."""

    def __init__(self, name, eof):
        self.name = name
        self.eof = eof

    def __repr__(self):
        return f'Use {self.name}() or {self.eof} to exit'

    def __call__(self, code=None):
        # As site's Quitter: stdin is closed first (a shell's unread input is dropped).
        try:
            sys.stdin.close()
        except:
            pass
        raise SystemExit(code)


class _Printer(object):
    """copyright, credits, license: the repr is the text when it is short, else a hint; a
    call prints it (a page of MAXLINES lines at a time when stdin is a terminal)."""

    MAXLINES = 23

    def __init__(self, name, data, long=False):
        self.__name = name
        self.__data = data
        # license: CPython's repr is the hint, its text coming from the LICENSE file of
        # the standard library, which pydive does not have (the call prints `data`).
        self.__long = long

    def __repr__(self):
        lines = self.__data.split('\n')
        if not self.__long and len(lines) <= self.MAXLINES:
            return '\n'.join(lines)
        return f'Type {self.__name}() to see the full {self.__name} text'

    def __call__(self):
        print(self.__data)


class _Helper(object):
    """help: the repr tells how to use it; a call needs pydoc."""

    def __repr__(self):
        return ('Type help() for interactive help, '
                'or help(object) for help about object.')

    def __call__(self, *args, **kwds):
        import pydoc
        return pydoc.help(*args, **kwds)


_COPYRIGHT = '''\
Copyright (c) 2001-2023 Python Software Foundation.
All Rights Reserved.

Copyright (c) 2000 BeOpen.com.
All Rights Reserved.

Copyright (c) 1995-2001 Corporation for National Research Initiatives.
All Rights Reserved.

Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.
All Rights Reserved.'''

_CREDITS = '''\
    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands
    for supporting Python development.  See www.python.org for more information.'''


def _install():
    import builtins
    builtins.exit = Quitter('exit', 'Ctrl-D (i.e. EOF)')
    builtins.quit = Quitter('quit', 'Ctrl-D (i.e. EOF)')
    builtins.copyright = _Printer('copyright', getattr(sys, 'copyright', _COPYRIGHT))
    builtins.credits = _Printer('credits', _CREDITS)
    builtins.license = _Printer('license', 'See https://www.python.org/psf/license/', True)
    builtins.help = _Helper()


_install()
del _install
