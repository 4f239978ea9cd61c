"""Internationalization and localization support (pydive: no message catalogs are
installed, so every lookup falls back to the message itself, as CPython does when it
finds no .mo file)."""

import os

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog', 'bindtextdomain', 'find',
           'translation', 'install', 'textdomain', 'dgettext', 'dngettext', 'gettext',
           'ngettext', 'pgettext', 'dpgettext', 'npgettext', 'dnpgettext']

_default_localedir = os.path.join(os.sep, 'usr', 'share', 'locale')
_domain = 'messages'
_localedirs = {}


class NullTranslations:
    """Translations that translate nothing (or hand over to a fallback)."""

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, other):
        """Ask `other` for what this catalog lacks (after any earlier fallback)."""
        last = self
        while last._fallback:
            last = last._fallback
        last._fallback = other

    def _pick(self, name, args, default):
        nxt = self._fallback
        return getattr(nxt, name)(*args) if nxt else default

    def gettext(self, msg):
        return self._pick('gettext', (msg,), msg)

    def ngettext(self, singular, plural, n):
        return self._pick('ngettext', (singular, plural, n), singular if n == 1 else plural)

    def pgettext(self, ctx, msg):
        return self._pick('pgettext', (ctx, msg), msg)

    def npgettext(self, ctx, singular, plural, n):
        return self._pick('npgettext', (ctx, singular, plural, n),
                          singular if n == 1 else plural)

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        """Make _() (and the listed other functions) builtins."""
        import builtins
        setattr(builtins, '_', self.gettext)
        wanted = {'gettext', 'ngettext', 'npgettext', 'pgettext'}.intersection(names or ())
        for fn in wanted:
            setattr(builtins, fn, getattr(self, fn))


class GNUTranslations(NullTranslations):  # pydive: .mo files are not read yet
    def _parse(self, fp):
        raise NotImplementedError("pydive does not support reading .mo catalogs yet")


def find(domain, localedir=None, languages=None, all=False):
    """The .mo files for `domain` (pydive ships none: [] or None)."""
    return [] if all else None


def translation(domain, localedir=None, languages=None, class_=None, fallback=False):
    if find(domain, localedir, languages, all=True):
        raise NotImplementedError("pydive does not support reading .mo catalogs yet")
    if fallback:
        return NullTranslations()
    from errno import ENOENT
    raise FileNotFoundError(ENOENT, 'No translation file found for domain', domain)


def install(domain, localedir=None, *, names=None):
    translation(domain, localedir, fallback=True).install(names)


def textdomain(name=None):
    global _domain
    if name is not None:
        _domain = name
    return _domain


def bindtextdomain(name, where=None):
    if where is not None:
        _localedirs[name] = where
    return _localedirs.get(name) or _default_localedir


def _ask(domain, method, *args):
    catalog = translation(domain, _localedirs.get(domain), fallback=True)
    return getattr(catalog, method)(*args)


def dgettext(dom, msg):
    return _ask(dom, 'gettext', msg)


def dngettext(dom, singular, plural, n):
    return _ask(dom, 'ngettext', singular, plural, n)


def dpgettext(dom, ctx, msg):
    return _ask(dom, 'pgettext', ctx, msg)


def dnpgettext(dom, ctx, singular, plural, n):
    return _ask(dom, 'npgettext', ctx, singular, plural, n)


def gettext(msg):
    return _ask(_domain, 'gettext', msg)


def ngettext(singular, plural, n):
    return _ask(_domain, 'ngettext', singular, plural, n)


def pgettext(ctx, msg):
    return _ask(_domain, 'pgettext', ctx, msg)


def npgettext(ctx, singular, plural, n):
    return _ask(_domain, 'npgettext', ctx, singular, plural, n)


Catalog = translation
