"""unittest.mock: stand-in objects that record how they are used (Mock, MagicMock,
NonCallableMock, PropertyMock, AsyncMock), `call` for describing calls, patch() for
swapping them in, and helpers (ANY, DEFAULT, sentinel, mock_open, seal).

Autospeccing (create_autospec, patch(autospec=True)) checks calls against the signatures
of Python functions, methods and a class's __init__; an autospecced function is a real
function carrying its mock in `.mock`.
"""

__all__ = (
    'Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call',
    'create_autospec', 'AsyncMock', 'FILTER_DIR', 'NonCallableMock',
    'NonCallableMagicMock', 'mock_open', 'PropertyMock', 'seal',
)
import builtins
import contextlib
import functools
import inspect
import io
import pkgutil
import sys
from types import ModuleType

from .util import safe_repr

# no __unittest marker: CPython's tracebacks show mock's frames

FILTER_DIR = True


class InvalidSpecError(Exception):
    """Indicates that an invalid value was used as a mock spec."""


# -- sentinels -----------------------------------------------------------------------------

class _SentinelObject(object):
    "A unique, named, sentinel object."

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f'sentinel.{self.name}'

    def __reduce__(self):
        return f'sentinel.{self.name}'


class _Sentinel(object):
    """Access attributes to get a unique sentinel object."""

    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            # copy and pickle look for this
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))

    def __reduce__(self):
        return 'sentinel'


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY(object):
    "A helper object that compares equal to everything."

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


# -- magic method tables -------------------------------------------------------------------

_MAGIC_NAMES = (
    "lt le gt ge eq ne getitem setitem delitem len contains iter hash str sizeof "
    "enter exit divmod rdivmod neg pos abs invert complex int float index round trunc "
    "floor ceil bool next fspath aiter")
_NUMERIC_NAMES = "add sub mul matmul truediv floordiv mod lshift rshift and xor or pow"
_magics = {f'__{n}__' for n in _MAGIC_NAMES.split()}
for _n in _NUMERIC_NAMES.split():
    _magics |= {f'__{_n}__', f'__i{_n}__', f'__r{_n}__'}
del _n
# supported when set by hand, but given no default
_non_defaults = {
    '__get__', '__set__', '__delete__', '__reversed__', '__missing__', '__reduce__',
    '__reduce_ex__', '__getinitargs__', '__getnewargs__', '__getstate__', '__setstate__',
    '__getformat__', '__repr__', '__dir__', '__subclasses__', '__format__',
    '__getnewargs_ex__',
}
_async_method_magics = {"__aenter__", "__aexit__", "__anext__"}
_async_magics = _async_method_magics | {"__aiter__"}
_all_sync_magics = _magics | _non_defaults
_all_magics = _all_sync_magics | _async_magics
_unsupported_magics = {
    '__getattr__', '__setattr__', '__init__', '__new__', '__prepare__',
    '__instancecheck__', '__subclasscheck__', '__del__',
}

# what a MagicMock's magic methods return until configured
_fixed_returns = {
    '__lt__': NotImplemented, '__gt__': NotImplemented, '__le__': NotImplemented,
    '__ge__': NotImplemented, '__int__': 1, '__contains__': False, '__len__': 0,
    '__exit__': False, '__complex__': 1j, '__float__': 1.0, '__bool__': True,
    '__index__': 1, '__aexit__': False,
}


def _is_magic(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2:-2].isidentifier() \
        and not name[2:3] == '_'


def _is_instance_mock(obj):
    # a function made by autospec carries its mock in .mock; plain mocks are mocks
    return issubclass(type(obj), NonCallableMock)


def _is_exception(obj):
    return isinstance(obj, BaseException) or (isinstance(obj, type)
                                              and issubclass(obj, BaseException))


def _is_async_func(obj):
    if getattr(obj, '__code__', None) is None:
        return False
    return inspect.iscoroutinefunction(obj)


def _format_call_signature(name, args, kwargs):
    shown = [repr(a) for a in args]
    shown += [f'{k}={v!r}' for k, v in kwargs.items()]
    return f"{name}({', '.join(shown)})"


# -- call objects --------------------------------------------------------------------------

class _CallList(list):
    """A list of calls; `sublist in calls` finds a run of consecutive calls."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        width = len(value)
        return any(value == self[start:start + width]
                   for start in range(len(self) - width + 1))

    def __repr__(self):
        import pprint
        return pprint.pformat(list(self))


def _split_call_value(value):
    # (name, args, kwargs) from the shapes a call tuple may take; name None when the
    # value has none
    name, args, kwargs = None, (), {}
    if len(value) == 3:
        name, args, kwargs = value
    elif len(value) == 2:
        first, second = value
        if isinstance(first, str):
            name = first
            if isinstance(second, tuple):
                args = second
            else:
                kwargs = second
        else:
            args, kwargs = first, second
    elif len(value) == 1:
        only, = value
        if isinstance(only, str):
            name = only
        elif isinstance(only, tuple):
            args = only
        else:
            kwargs = only
    return name, args, kwargs


class _Call(tuple):
    """One call: (args, kwargs) or (name, args, kwargs). Missing parts compare as empty,
    and a call without a name matches any name: call(1) == ((1,), {})."""

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        given, args, kwargs = _split_call_value(value)
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name if given is None else given, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def _parts(self):
        if len(self) == 2:
            return ('',) + tuple(self)
        return tuple(self)

    def __eq__(self, other):
        try:
            size = len(other)
        except TypeError:
            return NotImplemented
        my_name, my_args, my_kwargs = self._parts()
        mine, theirs = getattr(self, '_mock_parent', None), getattr(other, '_mock_parent', None)
        if mine and theirs and mine != theirs:
            return False
        if size > 3:
            return False
        their_name, their_args, their_kwargs = _split_call_value(other)
        if my_name and (their_name or '') != my_name:
            return False
        # the other side first, so ANY among our arguments gets to decide
        return (their_args, their_kwargs) == (my_args, my_kwargs)

    __ne__ = object.__ne__

    def __call__(self, /, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        return _Call((self._mock_name, args, kwargs), name=self._mock_name + '()', parent=self)

    def __getattr__(self, attr):
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name=f'{self._mock_name}.{attr}', parent=self, from_kall=False)

    def __getattribute__(self, attr):
        # tuple's own methods (count, index) are call names here
        if attr in tuple.__dict__:
            raise AttributeError
        return tuple.__getattribute__(self, attr)

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            return 'call' + name if name.startswith('()') else name
        name, args, kwargs = self._parts()
        if not name:
            name = 'call'
        elif name.startswith('()'):
            name = 'call' + name
        else:
            name = 'call.' + name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        """The calls a chained call stands for, outermost first."""
        chain = []
        link = self
        while link is not None:
            if link._mock_from_kall:
                chain.append(link)
            link = link._mock_parent
        return _CallList(reversed(chain))


call = _Call(from_kall=False)


# -- the mocks -----------------------------------------------------------------------------

def _check_and_set_parent(parent, value, name, new_name):
    # a mock assigned as an attribute becomes a child of `parent`, unless it has a parent
    # or a name already
    if not _is_instance_mock(value):
        return False
    if (value._mock_name or value._mock_new_name or value._mock_parent is not None
            or value._mock_new_parent is not None):
        return False
    link = parent
    while link is not None:
        if link is value:
            return False   # no loops
        link = link._mock_new_parent
    if new_name:
        value._mock_new_parent = parent
        value._mock_new_name = new_name
    if name:
        value._mock_parent = parent
        value._mock_name = name
    return True


# names set with object.__setattr__ (no child-mock handling)
_allowed_names = {
    'return_value', '_mock_return_value', 'side_effect', '_mock_side_effect',
    '_mock_parent', '_mock_new_parent', '_mock_name', '_mock_new_name',
}


class Base(object):
    _mock_return_value = DEFAULT
    _mock_side_effect = None

    def __init__(self, /, *args, **kwargs):
        pass


class NonCallableMock(Base):
    """A mock that cannot be called: attributes are made as child mocks on first access
    and remembered; `spec` limits them to those of an object (or a list of names)."""

    # every mock gets a class of its own, so magic methods set on it stay its own
    def __new__(cls, /, *args, **kw):
        own = type(cls.__name__, (cls,), {'__doc__': cls.__doc__})
        return super(NonCallableMock, cls).__new__(own)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, _spec_as_instance=False,
                 _eat_self=None, unsafe=False, **kwargs):
        if _new_parent is None:
            _new_parent = parent
        state = self.__dict__
        state['_mock_parent'] = parent
        state['_mock_name'] = name
        state['_mock_new_name'] = _new_name
        state['_mock_new_parent'] = _new_parent
        state['_mock_sealed'] = False
        if spec_set is not None:
            spec, spec_set = spec_set, True
        if _eat_self is None:
            _eat_self = parent is not None
        self._mock_add_spec(spec, spec_set, _spec_as_instance, _eat_self)
        state['_mock_children'] = {}
        state['_mock_wraps'] = wraps
        state['_mock_delegate'] = None
        state['_mock_called'] = False
        state['_mock_call_args'] = None
        state['_mock_call_count'] = 0
        state['_mock_call_args_list'] = _CallList()
        state['_mock_mock_calls'] = _CallList()
        state['method_calls'] = _CallList()
        state['_mock_unsafe'] = unsafe
        if kwargs:
            self.configure_mock(**kwargs)
        super(NonCallableMock, self).__init__(spec, wraps, name, spec_set, parent,
                                              _spec_state)

    def attach_mock(self, mock, attribute):
        """Make `mock` this mock's attribute `attribute`, its calls recorded here."""
        inner = mock
        inner._mock_parent = None
        inner._mock_new_parent = None
        inner._mock_name = ''
        inner._mock_new_name = None
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        """Limit this mock's attributes to those of `spec` (an object or a list of
        names); with `spec_set`, setting others fails too."""
        self._mock_add_spec(spec, spec_set)

    def _mock_add_spec(self, spec, spec_set, _spec_as_instance=False, _eat_self=False):
        if _is_instance_mock(spec):
            raise InvalidSpecError(f'Cannot spec a Mock object. [object={spec!r}]')
        spec_class = None
        names = None
        asyncs = []
        if spec is not None and not isinstance(spec, (list, tuple)) or \
                isinstance(spec, type):
            spec_class = spec if isinstance(spec, type) else type(spec)
            names = dir(spec)
            for attr in names:
                if inspect.iscoroutinefunction(getattr(spec, attr, None)):
                    asyncs.append(attr)
        elif spec is not None:
            names = list(spec)
        state = self.__dict__
        state['_spec_class'] = spec_class
        state['_spec_set'] = spec_set
        # a function spec's signature: calls are then compared by how they bind to it
        state['_spec_signature'] = None
        if inspect.isfunction(spec) or inspect.ismethod(spec):
            state['_spec_signature'] = _signature_of(spec, _eat_self and
                                                     inspect.isfunction(spec))
        state['_mock_methods'] = names
        state['_spec_asyncs'] = asyncs

    def __get_return_value(self):
        value = self._mock_return_value
        if self._mock_delegate is not None:
            value = self._mock_delegate.return_value
        if value is DEFAULT:
            value = self._get_child_mock(_new_parent=self, _new_name='()')
            self.return_value = value
        return value

    def __set_return_value(self, value):
        if self._mock_delegate is not None:
            self._mock_delegate.return_value = value
        else:
            self._mock_return_value = value
            _check_and_set_parent(self, value, None, '()')

    return_value = property(__get_return_value, __set_return_value,
                            doc="The value to be returned when the mock is called.")

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    def _plain(name):
        key = '_mock_' + name

        def get(self):
            return self.__dict__[key]

        def put(self, value):
            self.__dict__[key] = value
        return property(get, put)

    called = _plain('called')
    call_count = _plain('call_count')
    call_args = _plain('call_args')
    call_args_list = _plain('call_args_list')
    mock_calls = _plain('mock_calls')
    del _plain

    def __get_side_effect(self):
        return self._mock_side_effect

    def __set_side_effect(self, value):
        # an iterable becomes an iterator over its values, one per call
        if value is not None and not _is_exception(value) and not callable(value):
            try:
                value = _SideEffectIterator(iter(value))
            except TypeError:
                pass
        self._mock_side_effect = value

    side_effect = property(__get_side_effect, __set_side_effect)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forget the calls made (of this mock and its children); with return_value or
        side_effect, forget those settings too."""
        visited = [] if visited is None else visited
        if id(self) in visited:
            return
        visited.append(id(self))
        self.called = False
        self.call_args = None
        self.call_count = 0
        self.mock_calls = _CallList()
        self.call_args_list = _CallList()
        self.method_calls = _CallList()
        if return_value:
            self._mock_return_value = DEFAULT
        if side_effect:
            self._mock_side_effect = None
        for child in self._mock_children.values():
            if isinstance(child, _SpecState) or child is _deleted:
                continue
            child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        ret = self._mock_return_value
        if _is_instance_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    def configure_mock(self, /, **kwargs):
        """Set attributes, dotted names reaching child mocks:
        configure_mock(**{'method.return_value': 3, 'other.side_effect': KeyError})."""
        # shallower names first, so a child exists before its attributes are set
        for dotted, value in sorted(kwargs.items(), key=lambda item: item[0].count('.')):
            *path, last = dotted.split('.')
            target = self
            for step in path:
                target = getattr(target, step)
            setattr(target, last, value)

    def __getattr__(self, name):
        if name in {'_mock_methods', '_mock_unsafe'}:
            raise AttributeError(name)
        if self._mock_methods is not None:
            if name not in self._mock_methods or name in _all_magics:
                raise AttributeError(f"Mock object has no attribute {name!r}")
        elif _is_magic(name):
            raise AttributeError(name)
        if not self._mock_unsafe and (not self._mock_methods or name not in self._mock_methods):
            if name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')) \
                    or name in _ATTRIB_DENY_LIST:
                raise AttributeError(f"{name!r} is not a valid assertion. Use a spec for the "
                                     f"mock if {name!r} is meant to be an attribute.")
        child = self._mock_children.get(name)
        if child is _deleted:
            raise AttributeError(name)
        if child is None:
            wraps = None if self._mock_wraps is None else getattr(self._mock_wraps, name)
            child = self._get_child_mock(parent=self, name=name, wraps=wraps,
                                         _new_name=name, _new_parent=self)
            self._mock_children[name] = child
        return child

    def _extract_mock_name(self):
        # the dotted path from the outermost mock, e.g. "mock.method().attr"
        parts = [self._mock_new_name]
        link = self._mock_new_parent
        top = self
        joiner = '' if parts == ['()'] else '.'
        while link is not None:
            top = link
            parts.append(link._mock_new_name + joiner)
            joiner = '' if link._mock_new_name == '()' else '.'
            link = link._mock_new_parent
        parts.reverse()
        first = top._mock_name or 'mock'
        if len(parts) > 1 and parts[1] not in ('()', '().'):
            first += '.'
        parts[0] = first
        return ''.join(parts)

    def __repr__(self):
        name = self._extract_mock_name()
        shown = '' if name in ('mock', 'mock.') else f' name={name!r}'
        if self._spec_class is not None:
            word = 'spec_set' if self._spec_set else 'spec'
            shown += f' {word}={self._spec_class.__name__!r}'
        return f"<{type(self).__name__}{shown} id='{id(self)}'>"

    def __dir__(self):
        """Filter the output of `dir(mock)` to only useful members."""
        if not FILTER_DIR:
            return object.__dir__(self)
        extras = self._mock_methods or []
        from_type = [e for e in dir(type(self)) if not e.startswith('_')]
        from_dict = [e for e in self.__dict__ if not e.startswith('_') or _is_magic(e)]
        children = [n for n, v in self._mock_children.items() if v is not _deleted]
        return sorted(set(extras + from_type + from_dict + children))

    def __setattr__(self, name, value):
        if name in _allowed_names:
            return object.__setattr__(self, name, value)
        if (self._spec_set and self._mock_methods is not None
                and name not in self._mock_methods and name not in self.__dict__):
            raise AttributeError(f"Mock object has no attribute '{name}'")
        if name in _unsupported_magics:
            raise AttributeError(f'Attempting to set unsupported magic method {name!r}.')
        if name in _all_magics:
            if self._mock_methods is not None and name not in self._mock_methods:
                raise AttributeError(f"Mock object has no attribute '{name}'")
            if _is_instance_mock(value):
                # recorded in mock_calls, not method_calls
                _check_and_set_parent(self, value, None, name)
                setattr(type(self), name, value)
                self._mock_children[name] = value
            else:
                setattr(type(self), name, _as_method(name, value))
                plain = value
                value = lambda *args, **kw: plain(self, *args, **kw)
        elif name == '__class__':
            self._spec_class = value
            return
        elif _check_and_set_parent(self, value, name, name):
            self._mock_children[name] = value
        if self._mock_sealed and not hasattr(self, name):
            raise AttributeError(f'Cannot set {self._extract_mock_name()}.{name}')
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in _all_magics and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                return
        child = self._mock_children.get(name, _missing)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif child is _deleted:
            raise AttributeError(name)
        if child is not _missing:
            del self._mock_children[name]
        self._mock_children[name] = _deleted

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or 'mock', args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        expected = self._format_mock_call_signature(args, kwargs)
        actual = self._format_mock_call_signature(*self.call_args)
        return f'expected {action} not found.\nExpected: {expected}\n  Actual: {actual}'

    def _call_matcher(self, _call):
        # with a spec signature, calls compare by how their arguments bind to it
        # (f(1, b=2) matches f(a=1, b=2)); calls of children compare as given
        sig = self.__dict__.get('_spec_signature')
        if sig is None or _call is None:
            return _call
        if len(_call) == 2:
            name, (args, kwargs) = '', _call
        else:
            name, args, kwargs = _call
            if name:
                return _call
        try:
            bound = sig.bind(*args, **kwargs)
        except TypeError as e:
            return e.with_traceback(None)   # matches nothing; the failure's cause
        return _Call((name, bound.args, bound.kwargs))

    def _calls_repr(self, prefix="Calls"):
        if not self.mock_calls:
            return ""
        return f"\n{prefix}: {safe_repr(self.mock_calls)}."

    def _times_message(self, template):
        return template % (self._mock_name or 'mock', self.call_count, self._calls_repr())

    def assert_not_called(self):
        """assert that the mock was never called."""
        if self.call_count != 0:
            raise AssertionError(self._times_message(
                "Expected '%s' to not have been called. Called %s times.%s"))

    def assert_called(self):
        """assert that the mock was called at least once."""
        if self.call_count == 0:
            raise AssertionError(f"Expected '{self._mock_name or 'mock'}' to have been "
                                 f"called.")

    def assert_called_once(self):
        """assert that the mock was called only once."""
        if self.call_count != 1:
            raise AssertionError(self._times_message(
                "Expected '%s' to have been called once. Called %s times.%s"))

    def assert_called_with(self, /, *args, **kwargs):
        """assert that the last call was made with these arguments."""
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(f'expected call not found.\nExpected: {expected}\n'
                                 f'  Actual: not called.')
        wanted = self._call_matcher(_Call((args, kwargs), two=True))
        if self._call_matcher(self.call_args) != wanted:
            cause = wanted if isinstance(wanted, Exception) else None
            raise AssertionError(self._format_mock_failure_message(args, kwargs)) from cause

    def assert_called_once_with(self, /, *args, **kwargs):
        """assert that the mock was called exactly once, with these arguments."""
        if self.call_count != 1:
            raise AssertionError(self._times_message(
                "Expected '%s' to be called once. Called %s times.%s"))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        """assert that mock_calls holds `calls`: consecutively, or with any_order in any
        order among others."""
        wanted = [self._call_matcher(c) for c in calls]
        cause = next((e for e in wanted if isinstance(e, Exception)), None)
        made = _CallList(self._call_matcher(c) for c in self.mock_calls)
        if not any_order:
            if wanted not in made:
                problem = 'Calls not found.'
                if cause is not None:
                    errors = [e if isinstance(e, Exception) else None for e in wanted]
                    problem = f'Error processing expected calls.\nErrors: {errors}'
                actual = self._calls_repr(prefix="  Actual").rstrip(".")
                raise AssertionError(f'{problem}\nExpected: {_CallList(calls)}{actual}') \
                    from cause
            return
        missing, left = _unmatched(wanted, made)
        if missing:
            raise AssertionError('%r does not contain all of %r in its call list, found %r '
                                 'instead' % (self._mock_name or 'mock', tuple(missing),
                                              left)) from cause

    def assert_any_call(self, /, *args, **kwargs):
        """assert that the mock was called with these arguments at some point."""
        wanted = self._call_matcher(_Call((args, kwargs), two=True))
        cause = wanted if isinstance(wanted, Exception) else None
        made = [self._call_matcher(c) for c in self.call_args_list]
        if cause or not any(wanted == c for c in made):
            raise AssertionError(f'{self._format_mock_call_signature(args, kwargs)} call not '
                                 f'found') from cause

    def _get_child_mock(self, /, **kw):
        """The mock made for an attribute or the return value: by default of the
        parent's (callable) kind."""
        if self._mock_sealed:
            what = f".{kw['name']}" if "name" in kw else "()"
            raise AttributeError(self._extract_mock_name() + what)
        new_name = kw.get("_new_name")
        if new_name in self.__dict__['_spec_asyncs']:
            return AsyncMock(**kw)
        kind = type(self)
        if issubclass(kind, MagicMock) and new_name in _async_method_magics:
            maker = AsyncMock
        elif issubclass(kind, AsyncMockMixin):
            if new_name in _all_sync_magics or (self._mock_methods
                                                and new_name in self._mock_methods):
                maker = MagicMock
            else:
                maker = AsyncMock
        elif not issubclass(kind, CallableMixin):
            maker = MagicMock if issubclass(kind, NonCallableMagicMock) else Mock
        else:
            # the class this mock's own class was made from
            maker = kind.__mro__[1]
        return maker(**kw)


def _unmatched(wanted, made):
    """(the wanted calls not among `made`, the made calls no wanted one used), each made
    call used once: any_order's matching."""
    left = list(made)
    missing = []
    for one in wanted:
        try:
            left.remove(one)
        except ValueError:
            missing.append(one)
    return missing, left


_ATTRIB_DENY_LIST = frozenset(
    name.removeprefix("assert_") for name in dir(NonCallableMock)
    if name.startswith("assert_"))


class _SideEffectIterator:
    # side_effect values given as an iterable: one per call; a StopIteration when used up
    def __init__(self, values):
        self._values = values

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._values)


class _SpecState(object):
    def __init__(self, spec, spec_set=False, parent=None, name=None, ids=None,
                 instance=False):
        self.spec = spec
        self.ids = ids
        self.spec_set = spec_set
        self.parent = parent
        self.instance = instance
        self.name = name


class CallableMixin(Base):

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None,
                 name=None, spec_set=None, parent=None, _spec_state=None, _new_name='',
                 _new_parent=None, **kwargs):
        self.__dict__['_mock_return_value'] = return_value
        super(CallableMixin, self).__init__(spec, wraps, name, spec_set, parent,
                                            _spec_state, _new_name, _new_parent, **kwargs)
        self.side_effect = side_effect

    def _mock_check_sig(self, /, *args, **kwargs):
        sig = self.__dict__.get('_mock_check_signature')
        if sig is not None:
            sig.bind(*args, **kwargs)

    def __call__(self, /, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._mock_call(*args, **kwargs)

    def _mock_call(self, /, *args, **kwargs):
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, /, *args, **kwargs):
        self.called = True
        self.call_count += 1
        this_call = _Call((args, kwargs), two=True)
        self.call_args = this_call
        self.call_args_list.append(this_call)
        self.mock_calls.append(_Call(('', args, kwargs)))
        # Each ancestor records the call too: in mock_calls under the path from it
        # ("method()", "method().x"), in method_calls under the attribute path while
        # the chain is one of attributes.
        as_method = self._mock_parent is not None
        method_name = self._mock_name
        path = self._mock_new_name
        path_is_call = path == '()'
        ancestor = self._mock_new_parent
        while ancestor is not None:
            if as_method:
                ancestor.method_calls.append(_Call((method_name, args, kwargs)))
                as_method = ancestor._mock_parent is not None
                if as_method:
                    method_name = f'{ancestor._mock_name}.{method_name}'
            ancestor.mock_calls.append(_Call((path, args, kwargs)))
            if ancestor._mock_new_name:
                joiner = '' if path_is_call else '.'
                path_is_call = ancestor._mock_new_name == '()'
                path = ancestor._mock_new_name + joiner + path
            ancestor = ancestor._mock_new_parent

    def _execute_mock_call(self, /, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                outcome = next(effect)
                if _is_exception(outcome):
                    raise outcome
            else:
                outcome = effect(*args, **kwargs)
            if outcome is not DEFAULT:
                return outcome
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_delegate and self._mock_delegate.return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: calling it records the call and returns `return_value` (a child
    mock unless set) or what `side_effect` gives (an exception to raise, an iterable of
    results, or a function called with the same arguments)."""


def _as_method(name, func):
    # a callable stored on the mock's class as magic method `name`
    def method(self, /, *args, **kw):
        return func(self, *args, **kw)
    method.__name__ = name
    return method


def _eq_default(mock):
    def __eq__(other):
        configured = mock.__eq__._mock_return_value
        if configured is not DEFAULT:
            return configured
        return True if mock is other else NotImplemented
    return __eq__


def _ne_default(mock):
    def __ne__(other):
        if mock.__ne__._mock_return_value is not DEFAULT:
            return DEFAULT
        return False if mock is other else NotImplemented
    return __ne__


def _iter_default(mock):
    def __iter__():
        configured = mock.__iter__._mock_return_value
        return iter([]) if configured is DEFAULT else iter(configured)
    return __iter__


def _aiter_default(mock):
    def __aiter__():
        configured = mock.__aiter__._mock_return_value
        return _AsyncIterator(iter([] if configured is DEFAULT else configured))
    return __aiter__


_default_side_effects = {'__eq__': _eq_default, '__ne__': _ne_default,
                         '__iter__': _iter_default, '__aiter__': _aiter_default}

_computed_returns = {
    '__hash__': lambda mock: object.__hash__(mock),
    '__str__': lambda mock: object.__str__(mock),
    '__sizeof__': lambda mock: object.__sizeof__(mock),
    '__fspath__': lambda mock: f"{type(mock).__name__}/{mock._extract_mock_name()}/{id(mock)}",
}


def _give_default(mock, method, name):
    if name in _fixed_returns:
        method.return_value = _fixed_returns[name]
    elif name in _computed_returns:
        method.return_value = _computed_returns[name](mock)
    elif name in _default_side_effects:
        method.side_effect = _default_side_effects[name](mock)


class MagicProxy(Base):
    # stands on the mock's class for a magic method until first used, then makes it
    def __init__(self, name, parent):
        self.name = name
        self.parent = parent

    def create_mock(self):
        name, owner = self.name, self.parent
        made = owner._get_child_mock(name=name, _new_name=name, _new_parent=owner)
        setattr(owner, name, made)
        _give_default(owner, made, name)
        return made

    def __get__(self, obj, _type=None):
        return self.create_mock()


class MagicMixin(Base):
    def __init__(self, /, *args, **kw):
        self._mock_set_magics()   # so magic methods given as keywords work
        super(MagicMixin, self).__init__(*args, **kw)
        self._mock_set_magics()   # the spec may have changed which ones exist

    def _mock_set_magics(self):
        wanted = _magics | _async_method_magics
        kind = type(self)
        if getattr(self, "_mock_methods", None) is not None:
            allowed = wanted.intersection(self._mock_methods)
            for name in wanted - allowed:
                if name in kind.__dict__:
                    delattr(self, name)
            wanted = allowed
        for name in wanted - set(kind.__dict__):
            setattr(kind, name, MagicProxy(name, self))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A version of `MagicMock` that isn't callable."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods configured: len() is 0, iter() is empty, bool() is
    True, int() is 1, `in` is False, == is identity, with-statements work."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class PropertyMock(Mock):
    """A mock to put on a class as a property: getting the attribute calls it with no
    arguments, setting calls it with the value."""

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


# -- async ---------------------------------------------------------------------------------

class _AsyncIterator:
    def __init__(self, iterator):
        self.iterator = iterator

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.iterator)
        except StopIteration:
            pass
        raise StopAsyncIteration


class AsyncMockMixin(Base):
    await_count = 0
    await_args = None

    def __init__(self, /, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.__dict__['_mock_await_count'] = 0
        self.__dict__['_mock_await_args'] = None
        self.__dict__['_mock_await_args_list'] = _CallList()
        # what inspect (and so asyncio).iscoroutinefunction needs to take it for an
        # `async def` function: a coroutine's code and a function's other attributes
        self.__dict__['__code__'] = _async_code()
        self.__dict__['__name__'] = 'AsyncMock'
        self.__dict__['__defaults__'] = tuple()
        self.__dict__['__kwdefaults__'] = {}
        self.__dict__['__annotations__'] = None

    @property
    def await_count(self):
        return self.__dict__['_mock_await_count']

    @property
    def await_args(self):
        return self.__dict__['_mock_await_args']

    @property
    def await_args_list(self):
        return self.__dict__['_mock_await_args_list']

    async def _execute_mock_call(self, /, *args, **kwargs):
        this_call = _Call((args, kwargs), two=True)
        self.__dict__['_mock_await_count'] += 1
        self.__dict__['_mock_await_args'] = this_call
        self.__dict__['_mock_await_args_list'].append(this_call)
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                try:
                    outcome = next(effect)
                except StopIteration:
                    raise StopAsyncIteration
                if _is_exception(outcome):
                    raise outcome
            elif inspect.iscoroutinefunction(effect):
                outcome = await effect(*args, **kwargs)
            else:
                outcome = effect(*args, **kwargs)
            if outcome is not DEFAULT:
                return outcome
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            if inspect.iscoroutinefunction(self._mock_wraps):
                return await self._mock_wraps(*args, **kwargs)
            return self._mock_wraps(*args, **kwargs)
        return self.return_value

    def _name(self):
        return self._mock_name or 'mock'

    def assert_awaited(self):
        """Assert that the mock was awaited at least once."""
        if self.await_count == 0:
            raise AssertionError(f"Expected {self._name()} to have been awaited.")

    def assert_awaited_once(self):
        """Assert that the mock was awaited exactly once."""
        if self.await_count != 1:
            raise AssertionError(f"Expected {self._name()} to have been awaited once. "
                                 f"Awaited {self.await_count} times.")

    def assert_awaited_with(self, /, *args, **kwargs):
        """Assert that the last await was with the specified arguments."""
        if self.await_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(f'Expected await: {expected}\nNot awaited')
        if self.await_args != _Call((args, kwargs), two=True):
            expected = self._format_mock_call_signature(args, kwargs)
            actual = self._format_mock_call_signature(*self.await_args)
            raise AssertionError(f'expected await not found.\nExpected: {expected}\n'
                                 f'  Actual: {actual}')

    def assert_awaited_once_with(self, /, *args, **kwargs):
        """Assert that the mock was awaited exactly once and with the specified
        arguments."""
        if self.await_count != 1:
            raise AssertionError(f"Expected {self._name()} to have been awaited once. "
                                 f"Awaited {self.await_count} times.")
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, /, *args, **kwargs):
        """Assert the mock has ever been awaited with the specified arguments."""
        wanted = _Call((args, kwargs), two=True)
        if not any(wanted == c for c in self.await_args_list):
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(f'{expected} await not found')

    def assert_has_awaits(self, calls, any_order=False):
        """Assert the mock has been awaited with the specified calls."""
        wanted = list(calls)
        made = _CallList(self.await_args_list)
        if not any_order:
            if wanted not in made:
                raise AssertionError(f'Awaits not found.\nExpected: {_CallList(calls)}\n'
                                     f'Actual: {self.await_args_list}')
            return
        missing, _ = _unmatched(wanted, made)
        if missing:
            raise AssertionError('%r not all found in await list' % (tuple(missing),))

    def assert_not_awaited(self):
        """Assert that the mock was never awaited."""
        if self.await_count != 0:
            raise AssertionError(f"Expected {self._name()} to not have been awaited. "
                                 f"Awaited {self.await_count} times.")

    def reset_mock(self, /, *args, **kwargs):
        super().reset_mock(*args, **kwargs)
        self.__dict__['_mock_await_count'] = 0
        self.__dict__['_mock_await_args'] = None
        self.__dict__['_mock_await_args_list'] = _CallList()


def _async_code():
    # inspect.iscoroutinefunction(mock) looks at __code__.co_flags
    async def _coroutine_function():
        pass
    return _coroutine_function.__code__


class AsyncMagicMixin(MagicMixin):
    pass


class AsyncMock(AsyncMockMixin, AsyncMagicMixin, Mock):
    """A MagicMock whose call returns a coroutine: awaiting it runs side_effect or gives
    return_value, and counts the await (await_count, assert_awaited...)."""


# -- seal ----------------------------------------------------------------------------------

def seal(mock):
    """After seal(mock), getting an attribute not set yet (or calling for a return value
    not set) raises AttributeError, on the mock and its child mocks."""
    mock._mock_sealed = True
    for name in dir(mock):
        try:
            child = getattr(mock, name)
        except AttributeError:
            continue
        if not isinstance(child, NonCallableMock):
            continue
        if isinstance(mock._mock_children.get(name), _SpecState):
            continue
        if child._mock_new_parent is mock:
            seal(child)


# -- patch ---------------------------------------------------------------------------------

def _importer(target):
    return pkgutil.resolve_name(target)


def _get_target(target):
    try:
        where, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(f"Need a valid target to patch. You supplied: {target!r}")
    return functools.partial(pkgutil.resolve_name, where), attribute


class _patch(object):
    """One patching: swap target.attribute for a mock (or `new`) between start() and
    stop(); usable as a context manager and as a function or class decorator."""

    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec,
                 new_callable, kwargs, *, unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []
        self.unsafe = unsafe

    def copy(self):
        twin = _patch(self.getter, self.attribute, self.new, self.spec, self.create,
                      self.spec_set, self.autospec, self.new_callable, self.kwargs)
        twin.attribute_name = self.attribute_name
        twin.additional_patchers = [p.copy() for p in self.additional_patchers]
        return twin

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        if inspect.iscoroutinefunction(func):
            return self.decorate_async_callable(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for name in dir(klass):
            if not name.startswith(patch.TEST_PREFIX):
                continue
            value = getattr(klass, name)
            if not hasattr(value, "__call__"):
                continue
            setattr(klass, name, self.copy()(value))
        return klass

    @contextlib.contextmanager
    def decoration_helper(self, patched, args, keywargs):
        extra_args = []
        with contextlib.ExitStack() as stack:
            for patching in patched.patchings:
                made = stack.enter_context(patching)
                if patching.attribute_name is not None:
                    keywargs.update(made)
                elif patching.new is DEFAULT:
                    extra_args.append(made)
            yield (args + tuple(extra_args), keywargs)

    def decorate_callable(self, func):
        if hasattr(func, 'patchings'):
            # stacked @patch decorators share one wrapper: the lowest is entered first
            func.patchings.append(self)
            return func

        @functools.wraps(func)
        def patched(*args, **keywargs):
            with self.decoration_helper(patched, args, keywargs) as (new_args, new_kw):
                return func(*new_args, **new_kw)
        patched.patchings = [self]
        return patched

    def decorate_async_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @functools.wraps(func)
        async def patched(*args, **keywargs):
            with self.decoration_helper(patched, args, keywargs) as (new_args, new_kw):
                return await func(*new_args, **new_kw)
        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in _builtins and isinstance(target, ModuleType):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError(f"{target} does not have the attribute {name!r}")
        return original, local

    def __enter__(self):
        """Perform the patch."""
        new, spec, spec_set = self.new, self.spec, self.spec_set
        new_callable = self.new_callable
        self.target = self.getter()
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        original, local = self.get_original()
        autospec = self.autospec
        if autospec is not None and autospec is not False:
            if new is not DEFAULT:
                raise TypeError("autospec creates the mock for you. Can't specify "
                                "autospec and new.")
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            if autospec is True:
                autospec = original
            if _is_instance_mock(self.target) or _is_instance_mock(autospec):
                raise InvalidSpecError(f'Cannot autospec attr {self.attribute!r}: it or '
                                       f'its target has already been mocked out.')
            new = create_autospec(autospec, spec_set=bool(spec_set),
                                  _name=self.attribute, **self.kwargs)
        elif new is DEFAULT:
            if spec is True:
                spec = original
                if spec_set is True:
                    spec_set, spec = original, None
            elif spec_set is True:
                spec_set = original
            if spec is not None or spec_set is not None:
                if original is DEFAULT:
                    raise TypeError("Can't use 'spec' with create=True")
            if new_callable is not None:
                maker = new_callable
            elif spec is not None and _is_async_func(spec) or \
                    spec is None and spec_set is None and _is_async_func(original):
                maker = AsyncMock
            else:
                maker = MagicMock
                probe = spec_set if spec_set is not None else spec
                if probe is not None:
                    if isinstance(probe, (list, tuple)):
                        pass
                    elif not callable(probe):
                        maker = NonCallableMagicMock
            options = {}
            if spec is not None:
                options['spec'] = spec
            if spec_set is not None:
                options['spec_set'] = spec_set
            options.update(self.kwargs)
            new = maker(**options)
            if isinstance(original, type) and (spec is not None or spec_set is not None) \
                    and new_callable is None:
                # instances of a specced class are specced too
                new.return_value = maker(_new_parent=new, _new_name='()',
                                         spec=spec, spec_set=spec_set)
        elif self.kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        new_attr = new
        self.temp_original = original
        self.is_local = local
        self._exit_stack = contextlib.ExitStack()
        try:
            setattr(self.target, self.attribute, new_attr)
            if self.attribute_name is not None:
                extra = {}
                if self.new is DEFAULT:
                    extra[self.attribute_name] = new
                for patching in self.additional_patchers:
                    made = self._exit_stack.enter_context(patching)
                    if patching.new is DEFAULT:
                        extra.update(made)
                return extra
            return new
        except:
            if not self.__exit__(*sys.exc_info()):
                raise

    def __exit__(self, *exc_info):
        """Undo the patch."""
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute) or
                                    self.attribute in ('__doc__', '__module__',
                                                       '__defaults__', '__annotations__',
                                                       '__kwdefaults__')):
                # the attribute came from a class higher up: put the value back here
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        stack = self._exit_stack
        del self._exit_stack
        return stack.__exit__(*exc_info)

    def start(self):
        """Activate a patch, returning any created mock."""
        made = self.__enter__()
        self._active_patches.append(self)
        return made

    def stop(self):
        """Stop an active patch."""
        try:
            self._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


_builtins = {name for name in dir(builtins) if not name.startswith('_')}


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    """patch.object(target, 'name', ...): patch attribute `name` of object `target`."""
    if type(target) is str:
        raise TypeError(f"{target!r} must be the actual object to be patched, not a str")
    return _patch(lambda: target, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    """patch.multiple(target, a=DEFAULT, b=3): several attributes of one target; the
    mocks made come as keyword arguments named after the attributes."""
    if type(target) is str:
        getter = functools.partial(pkgutil.resolve_name, target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    items = list(kwargs.items())
    attribute, new = items[0]
    first = _patch(getter, attribute, new, spec, create, spec_set, autospec,
                   new_callable, {})
    first.attribute_name = attribute
    for attribute, new in items[1:]:
        more = _patch(getter, attribute, new, spec, create, spec_set, autospec,
                      new_callable, {})
        more.attribute_name = attribute
        first.additional_patchers.append(more)
    return first


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, *, unsafe=False, **kwargs):
    """Replace the object named by dotted `target` ('package.module.Name') with `new` (a
    MagicMock, or an AsyncMock for an async function, when not given) while the decorated
    function runs or the with block lasts; the mock made is passed as an extra argument to
    a decorated function. Keyword arguments configure the mock."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                  kwargs, unsafe=unsafe)


class _patch_dict(object):
    """patch.dict(in_dict, values=(), clear=False, **kw): update a dict (or a dotted name
    of one) for the duration and restore it afterwards."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            return self.decorate_class(f)
        if inspect.iscoroutinefunction(f):
            @functools.wraps(f)
            async def patched_async(*args, **kw):
                self._patch_dict()
                try:
                    return await f(*args, **kw)
                finally:
                    self._unpatch_dict()
            return patched_async

        @functools.wraps(f)
        def patched(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return patched

    def decorate_class(self, klass):
        for name in dir(klass):
            value = getattr(klass, name)
            if name.startswith(patch.TEST_PREFIX) and hasattr(value, "__call__"):
                twin = _patch_dict(self.in_dict, self.values, self.clear)
                setattr(klass, name, twin(value))
        return klass

    def __enter__(self):
        """Patch the dict."""
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = pkgutil.resolve_name(self.in_dict)
        target = self.in_dict
        try:
            saved = target.copy()
        except AttributeError:
            # a mapping without copy()
            saved = {key: target[key] for key in target}
        self._original = saved
        if self.clear:
            _clear_dict(target)
        try:
            target.update(self.values)
        except AttributeError:
            for key in self.values:
                target[key] = self.values[key]

    def _unpatch_dict(self):
        target = self.in_dict
        _clear_dict(target)
        try:
            target.update(self._original)
        except AttributeError:
            for key in self._original:
                target[key] = self._original[key]

    def __exit__(self, *args):
        """Unpatch the dict."""
        if self._original is not None:
            self._unpatch_dict()
        return False

    # the same start()/stop() as patch's, sharing its list of active patches
    start = _patch.start
    stop = _patch.stop


def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        for key in list(in_dict):
            del in_dict[key]


def _patch_stopall():
    """Stop all active patches. LIFO to unroll nested patches."""
    for active in reversed(_patch._active_patches):
        active.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'


def _signature_of(spec, drop_first):
    # the signature calls of an autospecced mock are checked against (None: unknown)
    try:
        sig = inspect.signature(spec)
    except (TypeError, ValueError):
        return None
    if drop_first:
        params = list(sig.parameters.values())[1:]
        sig = sig.replace(parameters=params)
    return sig


def _function_autospec(original, mock, sig):
    # a real function standing for autospecced function `original` (so it binds as a
    # method when put on a class): it checks the arguments, then calls `mock`; the mock's
    # assert methods and call records are reachable on it
    def autospecced(*args, **kwargs):
        if sig is not None:
            sig.bind(*args, **kwargs)
        if autospecced.side_effect is not mock.side_effect:
            mock.side_effect = autospecced.side_effect
        try:
            return mock(*args, **kwargs)
        finally:
            autospecced.called = mock.called
            autospecced.call_count = mock.call_count
            autospecced.call_args = mock.call_args
    for attr in ('__name__', '__qualname__', '__doc__', '__module__'):
        try:
            setattr(autospecced, attr, getattr(original, attr))
        except (AttributeError, TypeError):
            pass
    autospecced.mock = mock
    for attr in ('assert_called', 'assert_called_with', 'assert_called_once',
                 'assert_called_once_with', 'assert_has_calls', 'assert_any_call',
                 'assert_not_called', 'call_args_list', 'mock_calls', 'method_calls'):
        setattr(autospecced, attr, getattr(mock, attr))
    if isinstance(mock, AsyncMock):
        for attr in ('assert_awaited', 'assert_awaited_once', 'assert_awaited_with',
                     'assert_awaited_once_with', 'assert_any_await', 'assert_has_awaits',
                     'assert_not_awaited', 'await_args_list'):
            setattr(autospecced, attr, getattr(mock, attr))
    autospecced.return_value = mock.return_value
    autospecced.side_effect = mock.side_effect
    autospecced.called = False
    autospecced.call_count = 0
    autospecced.call_args = None
    mock.__dict__['_mock_delegate'] = autospecced
    return autospecced


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, *,
                    unsafe=False, _drop_first=False, **kwargs):
    """A mock shaped like `spec`: its attributes are those of `spec`, and calls to it and
    to its methods are checked against their signatures (a class's calls against its
    __init__; with instance=True it stands for an instance of the class)."""
    if _is_instance_mock(spec):
        raise InvalidSpecError(f'Cannot autospec a Mock object. [object={spec!r}]')
    is_type = isinstance(spec, type)
    if instance and is_type:
        is_callable = callable(getattr(spec, '__call__', None)) and \
            '__call__' in dir(spec)
    else:
        is_callable = callable(spec)
    # as CPython, only Python functions are checked: a class's __init__, an instance's
    # __call__, a function or method (not builtins)
    sig = None
    if is_type:
        checked = getattr(spec, '__call__' if instance else '__init__', None)
        if inspect.isfunction(checked) and (not instance or is_callable):
            sig = _signature_of(checked, True)
    elif inspect.isfunction(spec) or inspect.ismethod(spec):
        sig = _signature_of(spec, _drop_first)
    if _is_async_func(spec):
        maker = AsyncMock
    else:
        maker = MagicMock if is_callable else NonCallableMagicMock
    options = {'spec_set': spec} if spec_set else {'spec': spec}
    if _parent is not None:
        options.update(parent=_parent, name=_name, _new_name=_name, _new_parent=_parent)
    elif _name is not None:
        options['name'] = _name
    options.update(kwargs)
    mock = maker(_spec_as_instance=instance, unsafe=unsafe, **options)
    mock.__dict__['_spec_signature'] = sig
    mock.__dict__['_mock_check_signature'] = sig
    if is_type and not instance and 'return_value' not in kwargs:
        mock.return_value = create_autospec(spec, spec_set, instance=True)
    for name in dir(spec):
        if name in _all_magics or name.startswith('__'):
            continue
        try:
            original = getattr(spec, name)
        except AttributeError:
            continue
        if not (inspect.isfunction(original) or inspect.ismethod(original)
                or inspect.isbuiltin(original) or inspect.ismethoddescriptor(original)):
            continue
        drop = False
        if is_type and inspect.isfunction(original):
            drop = not isinstance(inspect.getattr_static(spec, name, None), staticmethod)
        child = create_autospec(original, spec_set, _parent=mock, _name=name,
                                _drop_first=drop)
        mock._mock_children[name] = child
    if _parent is None and not is_type and not instance and \
            (inspect.isfunction(spec) or inspect.ismethod(spec)):
        return _function_autospec(spec, mock, sig)
    return mock


# -- mock_open -----------------------------------------------------------------------------

file_spec = None
open_spec = None


def mock_open(mock=None, read_data=''):
    """A mock to patch in place of open(): the file handle it returns reads `read_data`
    through read(), readline(), readlines() and iteration, and records writes."""
    global file_spec, open_spec
    if file_spec is None:
        file_spec = list(set(dir(io.TextIOWrapper)).union(set(dir(io.BytesIO))))
    if open_spec is None:
        open_spec = list(set(dir(builtins.open)))
    if mock is None:
        mock = MagicMock(name='open', spec=open_spec)
    handle = MagicMock(spec=file_spec)
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None
    # the data is read through a real in-memory file, so read(n), readline(n) and mixing
    # them with iteration behave as on a file; each open() call starts a fresh one
    stream = [_stream_of(read_data)]

    def read(*args, **kwargs):
        if handle.read.return_value is not None:
            return handle.read.return_value
        return stream[0].read(*args, **kwargs)

    def readline(*args, **kwargs):
        # a size given to readline() is ignored, as in CPython
        if handle.readline.return_value is not None:
            return handle.readline.return_value
        return stream[0].readline()

    def readlines(*args, **kwargs):
        if handle.readlines.return_value is not None:
            return handle.readlines.return_value
        return stream[0].readlines(*args, **kwargs)

    def iterate(*args, **kwargs):
        if handle.readline.return_value is not None:
            while True:
                yield handle.readline.return_value
        for line in stream[0]:   # not `yield from`: closing this would close the file
            yield line

    def next_line(*args, **kwargs):
        if handle.readline.return_value is not None:
            return handle.readline.return_value
        return next(stream[0])

    handle.read.side_effect = read
    handle.readline.side_effect = readline
    handle.readlines.side_effect = readlines
    handle.__iter__.side_effect = iterate
    handle.__next__.side_effect = next_line

    def reopen(*args, **kwargs):
        stream[0] = _stream_of(read_data)
        return DEFAULT

    mock.side_effect = reopen
    mock.return_value = handle
    return mock


def _stream_of(read_data):
    return io.BytesIO(read_data) if isinstance(read_data, bytes) else io.StringIO(read_data)
