"""Data classes (PEP 557), pydive's pure-Python dataclasses.

@dataclass collects Field objects from the class's annotations (after those inherited from
dataclass bases), then adds the methods the options ask for. The methods are written as
Python source and compiled with exec(), so their signatures, argument errors and code read
as CPython's generated ones do.
"""

import abc
import copy
import functools
import keyword
import re
import sys
import types

try:
    from _thread import get_ident as _thread_ident
except ImportError:  # pydive has one thread
    def _thread_ident():
        return 0

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


# --- sentinels ----------------------------------------------------------------------------

class _HAS_DEFAULT_FACTORY_CLASS:
    # the default of a parameter whose field has a default_factory; shown as <factory>
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FieldKind:
    # what an annotation declared: a real field, a ClassVar, or an InitVar
    def __init__(self, label):
        self.label = label

    def __repr__(self):
        return self.label


_FIELD = _FieldKind('_FIELD')
_FIELD_CLASSVAR = _FieldKind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FieldKind('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'
_EMPTY_METADATA = types.MappingProxyType({})


def _recursive_repr(method):
    # a repr that meets its own object again (in this thread) shows '...'
    active = set()

    @functools.wraps(method)
    def wrapper(self):
        key = (id(self), _thread_ident())
        if key in active:
            return '...'
        active.add(key)
        try:
            return method(self)
        finally:
            active.discard(key)
    return wrapper


def _attrs_repr(name, obj, attrs):
    # "Name(a=1,b=2)": the comma-without-space layout of Field and _DataclassParams
    return name + '(' + ','.join(f'{a}={getattr(obj, a)!r}' for a in attrs) + ')'


# --- the public building blocks -----------------------------------------------------------

class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        t = self.type
        shown = t.__name__ if isinstance(t, type) else repr(t)
        return f'dataclasses.InitVar[{shown}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


_FIELD_ATTRS = ('name', 'type', 'default', 'default_factory', 'init', 'repr', 'hash',
                'compare', 'metadata', 'kw_only')


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        # name, type and _field_type are filled in when the class is processed
        self.name = self.type = self._field_type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        if metadata is None:
            self.metadata = _EMPTY_METADATA
        else:
            self.metadata = types.MappingProxyType(metadata)
        self.kw_only = kw_only

    @_recursive_repr
    def __repr__(self):
        text = _attrs_repr('Field', self, _FIELD_ATTRS)
        return f'{text[:-1]},_field_type={self._field_type})'

    def __set_name__(self, owner, name):
        # a descriptor used as a default learns its name as if it were the attribute
        hook = getattr(type(self.default), '__set_name__', None)
        if hook:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)


_PARAM_ATTRS = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen', 'match_args',
                'kw_only', 'slots', 'weakref_slot')


class _DataclassParams:
    __slots__ = _PARAM_ATTRS

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                 slots, weakref_slot):
        for attr, value in zip(_PARAM_ATTRS, (init, repr, eq, order, unsafe_hash, frozen,
                                              match_args, kw_only, slots, weakref_slot)):
            setattr(self, attr, value)

    def __repr__(self):
        return _attrs_repr('_DataclassParams', self, _PARAM_ATTRS)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe one field beyond its annotation: default or default_factory, whether it is
    in __init__, repr, comparisons and hash, free metadata, and keyword-only-ness."""
    if not (default is MISSING or default_factory is MISSING):
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# --- generating methods -------------------------------------------------------------------

class _MethodMaker:
    """Compiles the methods of one class. Values the generated code needs (defaults, types,
    sentinels) are passed as closure variables; the functions' globals are the class's
    module namespace, as if they had been written there."""

    def __init__(self, cls, globals):
        self.cls = cls
        self.globals = globals

    def make(self, name, params, body, env=None, returns=MISSING):
        env = dict(env or {})
        signature = ','.join(params)
        if returns is not MISSING:
            env['__dataclass_return_type__'] = returns
            signature += ')->__dataclass_return_type__'
        else:
            signature += ')'
        source = '\n'.join([f"def __create_fn__({', '.join(env)}):",
                            f' def {name}({signature}:',
                            *(f'  {line}' for line in body),
                            f' return {name}'])
        scope = {}
        exec(source, self.globals, scope)
        fn = scope['__create_fn__'](**env)
        fn.__qualname__ = f'{self.cls.__qualname__}.{fn.__name__}'
        return fn


def _tuple_of(obj, flds):
    # source of a tuple of obj's field values: "(self.x,self.y,)"
    return '(' + ''.join(f'{obj}.{f.name},' for f in flds) + ')'


def _has_default(f):
    return f.default is not MISSING or f.default_factory is not MISSING


def _make_init(maker, init_fields, positional, keyword_only, frozen, post_init, slots,
               self_name):
    # order of the positional parameters: nothing without a default after one with
    seen_default = False
    for f in positional:
        if _has_default(f):
            seen_default = True
        elif seen_default:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')

    env = {f'__dataclass_type_{f.name}__': f.type for f in init_fields}
    env['__dataclass_HAS_DEFAULT_FACTORY__'] = _HAS_DEFAULT_FACTORY
    env['__dataclass_builtins_object__'] = object

    body = []
    for f in init_fields:
        value = _initial_value(f, env, slots)
        if value is None or f._field_type is _FIELD_INITVAR:
            continue
        if frozen:
            body.append(f'__dataclass_builtins_object__.__setattr__('
                        f'{self_name},{f.name!r},{value})')
        else:
            body.append(f'{self_name}.{f.name}={value}')
    if post_init:
        initvars = ','.join(f.name for f in init_fields if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.{_POST_INIT_NAME}({initvars})')

    params = [self_name] + [_init_param(f) for f in positional]
    if keyword_only:
        params += ['*'] + [_init_param(f) for f in keyword_only]
    return maker.make('__init__', params, body or ['pass'], env, returns=None)


def _initial_value(f, env, slots):
    """Source of the value __init__ stores in field f, or None when it stores nothing (the
    class attribute then provides the default). Registers what it refers to in env."""
    default_name = f'__dataclass_dflt_{f.name}__'
    if f.default_factory is not MISSING:
        env[default_name] = f.default_factory
        if not f.init:
            return f'{default_name}()'
        return (f'{default_name}() if {f.name} is __dataclass_HAS_DEFAULT_FACTORY__ '
                f'else {f.name}')
    if f.init:
        if f.default is not MISSING:
            env[default_name] = f.default
        return f.name
    if slots and f.default is not MISSING:
        # a slot has no class-level default to fall back on
        env[default_name] = f.default
        return default_name
    return None


def _init_param(f):
    if f.default is not MISSING:
        default = f'=__dataclass_dflt_{f.name}__'
    elif f.default_factory is not MISSING:
        default = '=__dataclass_HAS_DEFAULT_FACTORY__'
    else:
        default = ''
    return f'{f.name}:__dataclass_type_{f.name}__{default}'


def _make_repr(maker, flds):
    parts = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in flds)
    fn = maker.make('__repr__', ['self'],
                    [f'return self.__class__.__qualname__ + f"({parts})"'])
    return _recursive_repr(fn)


def _make_comparison(maker, name, op, flds):
    return maker.make(name, ['self', 'other'],
                      ['if other.__class__ is self.__class__:',
                       f' return {_tuple_of("self", flds)}{op}{_tuple_of("other", flds)}',
                       'return NotImplemented'])


def _make_frozen_guards(maker, flds):
    # assigning or deleting a field, or any attribute of the class itself, is refused;
    # a subclass's own attributes go through
    test = 'type(self) is cls'
    if flds:
        test += ' or name in {' + ', '.join(repr(f.name) for f in flds) + '}'
    env = {'cls': maker.cls, 'FrozenInstanceError': FrozenInstanceError}
    setter = maker.make('__setattr__', ['self', 'name', 'value'],
                        [f'if {test}:',
                         ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
                         'super(cls, self).__setattr__(name, value)'], env)
    deleter = maker.make('__delattr__', ['self', 'name'],
                         [f'if {test}:',
                          ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
                          'super(cls, self).__delattr__(name)'], env)
    return setter, deleter


def _hash_decision(unsafe_hash, eq, frozen, explicit_hash):
    """What happens to __hash__: 'keep' it, 'none' (unhashable), 'add' one from the fields,
    or 'refuse' (an explicit __hash__ would be overwritten)."""
    if unsafe_hash:
        return 'refuse' if explicit_hash else 'add'
    if not eq or explicit_hash:
        return 'keep'
    return 'add' if frozen else 'none'


def _add_if_absent(cls, name, value):
    # the class's own definition wins; True when there was one
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


# --- reading annotations ------------------------------------------------------------------

def _is_classvar(a_type, typing):
    return a_type is typing.ClassVar or (type(a_type) is typing._GenericAlias
                                          and a_type.__origin__ is typing.ClassVar)


def _is_initvar(a_type, dataclasses):
    return a_type is dataclasses.InitVar or type(a_type) is dataclasses.InitVar


def _is_kw_only(a_type, dataclasses):
    return a_type is dataclasses.KW_ONLY


_LEADING_NAME = re.compile(r'^(?:\s*(\w+)\s*\.)?\s*(\w+)')


def _is_type(annotation, cls, a_module, a_type, is_type_predicate):
    """For a string annotation: does its leading `name` or `module.name` refer, in the
    class's module, to the marker a_type (ClassVar, InitVar, KW_ONLY) of a_module?"""
    found = _LEADING_NAME.match(annotation)
    if not found:
        return False
    prefix, name = found.groups()
    home = sys.modules.get(cls.__module__)
    if not prefix:
        ns = home.__dict__
    elif home and home.__dict__.get(prefix) is a_module:
        ns = sys.modules.get(a_type.__module__).__dict__
    else:
        return False
    return bool(ns) and bool(is_type_predicate(ns.get(name), a_module))


def _declared_as(cls, annotation, typing, this):
    # which kind of pseudo-field an annotation declares
    if typing and (_is_classvar(annotation, typing) or (
            isinstance(annotation, str)
            and _is_type(annotation, cls, typing, typing.ClassVar, _is_classvar))):
        return _FIELD_CLASSVAR
    if _is_initvar(annotation, this) or (
            isinstance(annotation, str)
            and _is_type(annotation, cls, this, this.InitVar, _is_initvar)):
        return _FIELD_INITVAR
    return _FIELD


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, types.MemberDescriptorType):
            default = MISSING  # a __slots__ entry, not a default
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = kind = _declared_as(cls, a_type, sys.modules.get('typing'),
                                        sys.modules[__name__])

    if kind is not _FIELD and f.default_factory is not MISSING:
        raise TypeError(f'field {f.name} cannot have a default factory')
    if kind is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    elif f.kw_only is MISSING:
        f.kw_only = default_kw_only
    # an unhashable default (list, dict, set, ...) would be shared by every instance
    if kind is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


def _collect_fields(cls, kw_only):
    """The class's fields in order (inherited first, a redefinition keeping the inherited
    position), and whether dataclass bases exist and one of them is frozen."""
    fields = {}
    bases_seen = frozen_base = False
    for base in reversed(cls.__mro__[1:]):
        inherited = getattr(base, _FIELDS, None)
        if inherited is None:
            continue
        bases_seen = True
        fields.update((f.name, f) for f in inherited.values())
        if getattr(base, _PARAMS).frozen:
            frozen_base = True

    this = sys.modules[__name__]
    annotations = cls.__dict__.get('__annotations__', {})
    own = []
    marker_seen = False
    for name, annotation in annotations.items():
        if _is_kw_only(annotation, this) or (
                isinstance(annotation, str)
                and _is_type(annotation, cls, this, this.KW_ONLY, _is_kw_only)):
            if marker_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY '
                                'has already been specified')
            marker_seen = True
            kw_only = True  # every later field is keyword-only
            continue
        own.append(_get_field(cls, name, annotation, kw_only))

    for f in own:
        fields[f.name] = f
        # the class attribute becomes the plain default, or goes away
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    return fields, bases_seen, frozen_base


# --- @dataclass ---------------------------------------------------------------------------

def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    module = sys.modules.get(cls.__module__)
    maker = _MethodMaker(cls, module.__dict__ if module is not None else {})
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen,
                                           match_args, kw_only, slots, weakref_slot))

    fields, bases_seen, frozen_base = _collect_fields(cls, kw_only)
    if bases_seen and frozen_base != bool(frozen):
        if frozen_base:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    setattr(cls, _FIELDS, fields)

    own_hash = cls.__dict__.get('__hash__', MISSING)
    # "__hash__ = None" is what defining __eq__ implies, not an explicit choice
    explicit_hash = not (own_hash is MISSING
                         or (own_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    init_fields = [f for f in fields.values() if f._field_type is not _FIELD_CLASSVAR]
    positional = [f for f in init_fields if f.init and not f.kw_only]
    keyword_only = [f for f in init_fields if f.init and f.kw_only]
    real = [f for f in fields.values() if f._field_type is _FIELD]
    compared = [f for f in real if f.compare]

    if init:
        self_name = '__dataclass_self__' if 'self' in fields else 'self'
        _add_if_absent(cls, '__init__', _make_init(
            maker, init_fields, positional, keyword_only, frozen,
            hasattr(cls, _POST_INIT_NAME), slots, self_name))
    if repr:
        _add_if_absent(cls, '__repr__', _make_repr(maker, [f for f in real if f.repr]))
    if eq:
        _add_if_absent(cls, '__eq__', _make_comparison(maker, '__eq__', '==', compared))
    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if _add_if_absent(cls, name, _make_comparison(maker, name, op, compared)):
                raise TypeError(f'Cannot overwrite attribute {name} in class '
                                f'{cls.__name__}. Consider using functools.total_ordering')
    if frozen:
        for fn in _make_frozen_guards(maker, real):
            if _add_if_absent(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} '
                                f'in class {cls.__name__}')

    decision = _hash_decision(bool(unsafe_hash), bool(eq), bool(frozen), explicit_hash)
    if decision == 'refuse':
        raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
    if decision == 'none':
        cls.__hash__ = None
    elif decision == 'add':
        hashed = [f for f in real if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = maker.make('__hash__', ['self'],
                                  [f'return hash({_tuple_of("self", hashed)})'])

    if not getattr(cls, '__doc__'):
        # without a docstring the class documents its constructor's signature
        try:
            import inspect
            shown = str(inspect.signature(cls)).replace(' -> None', '')
        except (TypeError, ValueError, AttributeError):
            shown = ''
        cls.__doc__ = cls.__name__ + shown

    if match_args:
        _add_if_absent(cls, '__match_args__', tuple(f.name for f in positional))
    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _with_slots(cls, frozen, weakref_slot)
    abc.update_abstractmethods(cls)
    return cls


def _slots_of(cls):
    declared = cls.__dict__.get('__slots__')
    if declared is None:
        return ()
    if isinstance(declared, str):
        return (declared,)
    if hasattr(declared, '__next__'):
        raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")
    return declared


def _frozen_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _frozen_setstate(self, state):
    for f, value in zip(fields(self), state):
        # the frozen __setattr__ would refuse
        object.__setattr__(self, f.name, value)


def _with_slots(cls, frozen, weakref_slot):
    # __slots__ only works when a class is created: make the class again, with them
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    namespace = dict(cls.__dict__)
    names = tuple(f.name for f in fields(cls))
    inherited = {slot for base in cls.__mro__[1:-1] for slot in _slots_of(base)}
    wanted = names + (('__weakref__',) if weakref_slot else ())
    namespace['__slots__'] = tuple(n for n in wanted if n not in inherited)
    for name in names + ('__dict__', '__weakref__'):
        namespace.pop(name, None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        cls.__qualname__ = qualname
    if frozen:
        # pickling cannot go through the refusing __setattr__
        if '__getstate__' not in namespace:
            cls.__getstate__ = _frozen_getstate
        if '__setstate__' not in namespace:
            cls.__setstate__ = _frozen_setstate
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Make cls a data class: its annotated attributes become fields, and __init__,
    __repr__, __eq__ (and, as asked, order methods, __hash__, frozen attribute guards,
    __match_args__, __slots__) are added from them. Usable with or without arguments."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots, weakref_slot)
    return wrap if cls is None else wrap(cls)


# --- working with instances ---------------------------------------------------------------

def fields(class_or_instance):
    """The Field objects of a dataclass or instance (ClassVar and InitVar ones left out)."""
    try:
        table = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in table.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    return hasattr(obj if isinstance(obj, type) else type(obj), _FIELDS)


# values asdict/astuple return as they are (immutable, or not meant to be copied)
_ATOMIC_TYPES = frozenset({
    types.NoneType, bool, int, float, str, complex, bytes, types.EllipsisType,
    types.NotImplementedType, types.CodeType, types.BuiltinFunctionType,
    types.FunctionType, type, range, property,
})


def _convert(obj, on_dataclass):
    """The recursive copy behind asdict/astuple: dataclass instances go to on_dataclass,
    named tuples, lists, tuples and dicts (defaultdicts too) are rebuilt with converted
    contents, anything else is deep-copied."""
    def conv(x):
        kind = type(x)
        if kind in _ATOMIC_TYPES:
            return x
        if _is_dataclass_instance(x):
            return on_dataclass(x, conv)
        if isinstance(x, tuple) and hasattr(x, '_fields'):
            return kind(*[conv(v) for v in x])
        if isinstance(x, (list, tuple)):
            return kind(conv(v) for v in x)
        if isinstance(x, dict):
            if hasattr(kind, 'default_factory'):
                out = kind(x.default_factory)
                for k, v in x.items():
                    out[conv(k)] = conv(v)
                return out
            return kind((conv(k), conv(v)) for k, v in x.items())
        return copy.deepcopy(x)
    return conv(obj)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict (dict_factory(list of pairs)), nested
    dataclasses, lists, tuples and dicts converted too, other values deep-copied."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")

    def of_dataclass(x, conv):
        if dict_factory is dict:
            return {f.name: conv(getattr(x, f.name)) for f in fields(x)}
        return dict_factory([(f.name, conv(getattr(x, f.name))) for f in fields(x)])
    return _convert(obj, of_dataclass)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple, converted as asdict() does."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")

    def of_dataclass(x, conv):
        return tuple_factory([conv(getattr(x, f.name)) for f in fields(x)])
    return _convert(obj, of_dataclass)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    """Create a dataclass named cls_name. Each of fields is a name (typed 'typing.Any'),
    a (name, type) pair or a (name, type, Field) triple; the keywords go to type creation
    (bases, namespace), to dataclass() and to __module__ (module)."""
    annotations = {}
    defaults = {}
    for spec in fields:
        if isinstance(spec, str):
            name, kind = spec, 'typing.Any'
        elif len(spec) == 2:
            name, kind = spec
        elif len(spec) == 3:
            name, kind, defaults[spec[0]] = spec
        else:
            raise TypeError(f'Invalid field: {spec!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in annotations:
            raise TypeError(f'Field name duplicated: {name!r}')
        annotations[name] = kind

    def fill(ns):
        ns.update(namespace or {})
        ns.update(defaults)
        ns['__annotations__'] = annotations

    cls = types.new_class(cls_name, bases, {}, fill)
    if module is None:
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        cls.__module__ = module
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen, match_args=match_args,
                     kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new instance of obj's class: its init fields taken from obj unless given in
    changes (fields with init=False cannot be; InitVars without default must be)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        kind = f._field_type
        if kind is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, '
                                 'it cannot be specified with replace()')
        elif f.name not in changes:
            if kind is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
