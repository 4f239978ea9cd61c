# logging across its API: levels, the three format styles, handlers and filters, the
# logger tree, adapters, records, errors.
import io
import logging
import sys


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(logging.getLevelName(10), logging.getLevelName('INFO'), logging.getLevelName(7),
      logging.getLevelName('NOPE'), sorted(logging.getLevelNamesMapping().items()))
logging.addLevelName(25, 'NOTICE')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'))
attempt('level str', lambda: logging.Logger('x', 'BOGUS'))
attempt('level type', lambda: logging.Logger('x', 1.5))
print(logging.Logger('x', 'DEBUG').level, logging.Logger('y', 'NOTICE').level)

stream = io.StringIO()
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter('%(levelname)s|%(name)s|%(message)s|%(levelno)d|%(funcName)s|%(module)s'))
log = logging.getLogger('app')
log.addHandler(h)
log.setLevel(logging.DEBUG)
log.propagate = False
log.debug('d %s', 1)
log.info('i %(a)s', {'a': 2})
log.log(25, 'notice')
log.warning('w')
log.warn('old warn')
log.error('e %d%%', 5)
log.critical('c')
try:
    1 / 0
except ZeroDivisionError:
    log.exception('boom')
attempt('log level type', lambda: log.log('INFO', 'x'))
print(stream.getvalue().replace(__file__, '<file>'))

for fmt, style in [('{levelname}:{name}:{message}', '{'), ('$levelname/$name/$message', '$'),
                   ('${levelname}-${message}', '$'), ('%(levelname)-8s:%(message)s', '%')]:
    f = logging.Formatter(fmt, style=style)
    rec = logging.makeLogRecord({'msg': 'hello %s', 'args': ('there',), 'levelname': 'INFO',
                                 'name': 'n', 'levelno': 20})
    print(style, repr(f.format(rec)), f.usesTime())
for fmt, style in [('no fields', '%'), ('{bad', '{'), ('plain', '$'), ('{x!z}', '{'),
                   ('%(message)s', '#'), ('{levelname:>>x}', '{')]:
    attempt(f'validate {fmt!r}', lambda: type(logging.Formatter(fmt, style=style)).__name__)
print(logging.Formatter('{a} {message}', style='{', defaults={'a': 'A'}).format(
    logging.makeLogRecord({'msg': 'm'})))
print(logging.Formatter('%(x)s %(message)s', defaults={'x': 'X'}).format(logging.makeLogRecord({'msg': 'm'})))
attempt('missing field', lambda: logging.Formatter('%(nothere)s').format(logging.makeLogRecord({'msg': 'm'})))
f = logging.Formatter('%(asctime)s %(message)s', datefmt='%Y')
r = logging.makeLogRecord({'msg': 'x', 'created': 0.0, 'msecs': 5.0})
print(f.usesTime(), f.formatTime(r, '%Y-%m-%d'), logging.Formatter().formatTime(r)[-4:])
bf = logging.BufferingFormatter()
print(repr(bf.format([])), repr(bf.format([r, r])))

r = logging.LogRecord('nm', logging.INFO, '/p/mod.py', 12, 'msg %s %s', ('a', 'b'), None, 'fn')
print(r, r.getMessage(), r.filename, r.module, r.lineno, r.funcName, r.levelname, r.args)
r2 = logging.LogRecord('nm', 10, 'pth', 1, 'dict %(k)s', ({'k': 'v'},), None)
print(r2.getMessage(), r2.args, r2.module, r2.filename)
print(logging.makeLogRecord({'msg': 'only'}).getMessage())

# tree, levels, propagation, filters
root_stream = io.StringIO()
rh = logging.StreamHandler(root_stream)
rh.setFormatter(logging.Formatter('%(name)s:%(levelname)s:%(message)s'))
logging.getLogger().addHandler(rh)
a = logging.getLogger('a')
ab = logging.getLogger('a.b')
abc = a.getChild('b.c')
print(abc.name, abc.parent is ab, ab.parent is a, a.parent is logging.getLogger(), abc.getEffectiveLevel())
a.setLevel('ERROR')
abc.warning('hidden'); abc.error('shown')
print(abc.isEnabledFor(30), abc.isEnabledFor(40), ab.getEffectiveLevel(), abc.hasHandlers())


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.msg.endswith(('1', '3'))


ab.addFilter(OnlyOdd())
for i in range(4):
    ab.error('n%d', i)
    ab.error('n' + str(i))
nf = logging.Filter('a.b')
print(nf.filter(logging.makeLogRecord({'name': 'a.b.c'})), nf.filter(logging.makeLogRecord({'name': 'a.bc'})),
      logging.Filter().filter(r))
rh.addFilter(lambda rec: 'drop' not in rec.getMessage())
a.error('drop me'); a.error('keep me')
logging.disable(logging.ERROR)
a.error('disabled'); a.critical('critical passes')
logging.disable(logging.NOTSET)
print(root_stream.getvalue())
print(repr(a), repr(logging.getLogger()), repr(rh), repr(logging.NullHandler()), repr(h))
attempt('getLogger type', lambda: logging.getLogger(5))
print(logging.getLogger('') is logging.root, logging.getLogger('root') is logging.root, logging.root.name)

# adapter
ad = logging.LoggerAdapter(a, {'user': 'bob'})
fmt_stream = io.StringIO()
hh = logging.StreamHandler(fmt_stream)
hh.setFormatter(logging.Formatter('%(user)s %(message)s'))
a.addHandler(hh)
a.propagate = False
ad.error('adapted %s', 'x')
ad.log(50, 'via log')
print(fmt_stream.getvalue(), repr(ad), ad.isEnabledFor(10), ad.getEffectiveLevel(), ad.name, ad.manager is a.manager)
attempt('extra clash', lambda: a.error('x', extra={'message': 1}))
attempt('extra clash2', lambda: a.error('x', extra={'asctime': 1}))

# handler bits
h2 = logging.Handler()
h2.set_name('named')
print(h2.get_name(), h2.name, logging.getHandlerByName('named') is h2, sorted(logging.getHandlerNames()) if hasattr(logging, 'getHandlerNames') else '')
attempt('emit abstract', lambda: h2.emit(r))
print(h2.format(r), h2.level, logging.Handler(level='WARNING').level)
h3 = logging.StreamHandler(io.StringIO())
old = h3.setStream(io.StringIO())
print(type(old).__name__, h3.setStream(h3.stream))
h3.terminator = '!'
h3.handle(r)
print(repr(h3.stream.getvalue()))

# basicConfig
logging.root.handlers.clear()
bc = io.StringIO()
logging.basicConfig(stream=bc, level=logging.INFO, format='%(levelname)s %(message)s')
logging.info('via basicConfig'); logging.debug('not shown'); logging.warning('w %s', 2)
logging.basicConfig(stream=io.StringIO(), format='ignored')
logging.error('second config ignored')
print(bc.getvalue())
attempt('both', lambda: logging.basicConfig(stream=bc, filename='x', force=True))
attempt('unknown', lambda: logging.basicConfig(bogus=1, force=True))
attempt('bad style', lambda: logging.basicConfig(style='x', force=True))
bc2 = io.StringIO()
logging.basicConfig(stream=bc2, force=True, format='{levelname}!{message}', style='{')
logging.critical('forced')
print(bc2.getvalue())
print(logging.root.level, logging.getLogger().getEffectiveLevel())

# warnings capture
import warnings
logging.captureWarnings(True)
ws = io.StringIO()
wl = logging.getLogger('py.warnings')
wl.addHandler(logging.StreamHandler(ws))
warnings.warn('careful', UserWarning)
logging.captureWarnings(False)
print(ws.getvalue().replace(__file__, '<file>').splitlines()[0])
print(logging.raiseExceptions, logging.BASIC_FORMAT, logging.WARN, logging.FATAL, logging.lastResort.level)
