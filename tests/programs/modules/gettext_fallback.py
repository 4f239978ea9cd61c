import gettext
_ = gettext.gettext
print(_("Hello"), gettext.ngettext("file", "files", 1), gettext.ngettext("file", "files", 3))
print(gettext.pgettext("menu", "Open"), gettext.npgettext("c", "a", "b", 2), gettext.textdomain(), gettext.find("nothing"))
t = gettext.translation("myapp", localedir="/nonexistent", fallback=True)
print(type(t).__name__, t.gettext("x"), t.ngettext("one", "many", 0), t.info(), t.charset())
try:
    gettext.translation("myapp", localedir="/nonexistent")
except FileNotFoundError as e:
    print(type(e).__name__, e, e.errno, e.filename)
gettext.install("myapp")
print(_("installed"))
print(gettext.dgettext("d", "msg"), gettext.bindtextdomain("d", "/tmp/x"), gettext.textdomain("mine"), gettext.textdomain())
