# argparse across its API: actions, nargs, usage wrapping, help layout, errors, subparsers,
# groups, defaults, intermixed and abbreviated options.
import argparse
import io
import os
import sys

os.environ['COLUMNS'] = '80'


def run(parser, argv):
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        result = parser.parse_args(argv)
    except SystemExit as e:
        result = f'exit {e.code}'
    finally:
        sys.stdout, sys.stderr = saved
    print(repr(argv), '->', result)
    for label, stream in (('out', out), ('err', err)):
        if stream.getvalue():
            print(f'  [{label}]')
            print(stream.getvalue().rstrip('\n'))


p = argparse.ArgumentParser(prog='tool', description='A tool that does things.',
                            epilog='See the manual.')
p.add_argument('src', help='the source')
p.add_argument('dst', nargs='?', default='out.txt', help='where to write (default: %(default)s)')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
p.add_argument('-q', '--quiet', action='store_true')
p.add_argument('--no-cache', dest='cache', action='store_false')
p.add_argument('-n', '--number', type=int, choices=range(1, 5), metavar='N')
p.add_argument('--name', action='append', help='a name; repeatable')
p.add_argument('--tag', action='append_const', const='T', dest='tags')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
p.add_argument('--pair', nargs=2, metavar=('KEY', 'VALUE'))
p.add_argument('--many', nargs='*', type=float)
p.add_argument('--some', nargs='+')
p.add_argument('--ext', action='extend', nargs='+', type=str)
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--color', action=argparse.BooleanOptionalAction, default=True, help='colour')
p.add_argument('--version', action='version', version='%(prog)s 1.0')
for argv in [['a'], ['a', 'b', '-vvv', '-q'], ['a', '--no-cache', '-n', '3', '--name', 'x', '--name=y'],
             ['a', '--tag', '--tag', '--mode', 'slow', '--pair', 'k', 'v'],
             ['a', '--many', '1', '2.5', '--some', 'x', 'y', '--ext', 'p', '--ext', 'q', 'r'],
             ['a', '--const', '--no-color'], ['a', '--verb'], ['--version'], ['-h'], [],
             ['a', '-n', '9'], ['a', '-n', 'x'], ['a', '--mode', 'medium'], ['a', '--pair', 'k'],
             ['a', 'b', 'c'], ['a', '--bogus'], ['a', '--some'], ['a', '--co'], ['a', '-vq'],
             ['--', '-a'], ['a', '--many']]:
    run(p, argv)
print(p.format_usage(), end='')
print(p.get_default('dst'), p.get_default('verbose'), p.get_default('nothing'))
p.set_defaults(extra=1, dst='changed')
run(p, ['a'])

# long usage wrapping and help layout
w = argparse.ArgumentParser(prog='a-rather-long-program-name-for-wrapping-tests')
for i in range(12):
    w.add_argument(f'--option-number-{i}', metavar=f'VALUE{i}', help=f'option {i} ' * (i + 1))
w.add_argument('first_positional')
w.add_argument('second_positional', nargs='+')
print(w.format_usage())
print(w.format_help())
long_prog = argparse.ArgumentParser(prog='x' * 70)
long_prog.add_argument('--alpha', required=True)
long_prog.add_argument('--beta')
long_prog.add_argument('gamma')
print(long_prog.format_usage())
run(long_prog, ['g'])

# groups
g = argparse.ArgumentParser(prog='grp', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
ga = g.add_argument_group('inputs', 'Where data comes from.')
ga.add_argument('--file', default='-', help='input file')
ex = g.add_mutually_exclusive_group(required=True)
ex.add_argument('--json', action='store_true', help='json out')
ex.add_argument('--csv', action='store_true', help='csv out')
g.add_argument('--level', type=int, default=3, help='level')
print(g.format_help())
for argv in [['--json'], ['--json', '--csv'], [], ['--csv', '--file', 'f']]:
    run(g, argv)

# subparsers
s = argparse.ArgumentParser(prog='git')
s.add_argument('--debug', action='store_true')
subs = s.add_subparsers(dest='command', title='commands', help='sub-command help')
c1 = subs.add_parser('commit', help='record changes', aliases=['ci'])
c1.add_argument('-m', '--message', required=True)
c2 = subs.add_parser('push', help='send changes')
c2.add_argument('remote', nargs='?', default='origin')
print(s.format_help())
print(c1.format_help())
for argv in [['commit', '-m', 'x'], ['ci', '-m', 'y'], ['push'], ['push', 'up', '--debug'], ['pull'],
             ['commit'], ['--debug', 'push', 'there']]:
    run(s, argv)
print(s.parse_known_args(['push', 'x', '--zzz']))

# raw formatters, no abbreviation, prefix chars, fromfile, exit_on_error
r = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawDescriptionHelpFormatter,
                            description='line one\n   line two indented\n\nparagraph', allow_abbrev=False)
r.add_argument('--longname')
print(r.format_help())
run(r, ['--long', 'x'])
pc = argparse.ArgumentParser(prog='plus', prefix_chars='-+')
pc.add_argument('+x', action='store_true')
pc.add_argument('-y')
run(pc, ['+x', '-y', '1'])
e = argparse.ArgumentParser(prog='noexit', exit_on_error=False)
e.add_argument('--n', type=int)
try:
    e.parse_args(['--n', 'q'])
except argparse.ArgumentError as err:
    print('ArgumentError', err, err.argument_name)
print(hasattr(argparse.ArgumentParser, 'parse_args'))
ns = argparse.Namespace(a=1, b=2)
print(ns, 'a' in ns, ns == argparse.Namespace(a=1, b=2), vars(ns))
try:
    p.add_argument('src')
except argparse.ArgumentError as err:
    print('conflict', err)
try:
    p.add_argument('--bad', nargs=0)
except ValueError as err:
    print('ValueError', err)
try:
    p.add_argument('--weird', action='nope')
except ValueError as err:
    print('ValueError', err)
print(repr(p._actions[1]).replace(repr(p._actions[1].type), 'T'))
