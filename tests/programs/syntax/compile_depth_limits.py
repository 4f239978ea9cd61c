# How deeply expressions may nest before compile() raises RecursionError: CPython 3.12 allows
# 2995 nested unary/attribute/call/subscript/binary levels in an expression compiled from a
# script, and the statements around an expression count too.
shapes = {
    'neg': lambda n: '-' * n + '1',
    'not': lambda n: 'not ' * n + 'x',
    'attr': lambda n: 'a' + '.b' * n,
    'call': lambda n: 'f' + '()' * n,
    'add': lambda n: '1' + '+1' * n,
    'names': lambda n: 'a' + '+a' * n,
    'subscript': lambda n: 'x' + '[0]' * n,
    'ifexp': lambda n: '1 if x else ' * n + '2',
    'await': lambda n: 'await ' * n + 'x',
}

def outcome(src, mode):
    try:
        compile(src, '<deep>', mode)
        return 'ok'
    except RecursionError as e:
        return f'RecursionError: {e}'
    except SyntaxError as e:
        return f'SyntaxError: {e.msg}'

for name, shape in shapes.items():
    print(name, [outcome(shape(n), 'eval') for n in (1000, 2994, 2995, 2996, 2997)])

for n in (2993, 2994, 2995):
    print('assign', n, outcome('x = ' + '-' * n + '1', 'exec'))
    print('return', n, outcome('def f():\n    return ' + '-' * n + '1', 'exec'))
    print('class', n, outcome('class C:\n    def f(self):\n        return ' + '-' * n + '1', 'exec'))
