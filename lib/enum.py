"""Enumerations (pydive's enum, pure Python, with CPython 3.12's behaviour).

An enum class is built by EnumType from the names collected in an _EnumDict while the
class body runs: every non-descriptor, non-private name becomes a member, an instance
of the class holding _name_ and _value_. Lookups by value go through
_value2member_map_; Flag values that are not members are composed on demand
("pseudo-members") by Flag._missing_.
"""

import sys
import builtins as bltns
from types import MappingProxyType, DynamicClassAttribute

__all__ = [
    'EnumType', 'EnumMeta',
    'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
    'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
    'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
    'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
    'pickle_by_global_name', 'pickle_by_enum_name', 'show_flag_values',
]

# Filled in once the classes exist (EnumType.__new__ checks them while they are built).
Enum = Flag = EJECT = _stdlib_enums = ReprEnum = None


class nonmember(object):
    """Protects item from becoming an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class member(object):
    """Forces item to become an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1:2] != '_' and name[-2:-1] != '_')


def _is_internal_class(cls_name, obj):
    # a class defined in the enum body (its qualname ends with "Outer.Inner")
    if isinstance(obj, type):
        nested = f"{cls_name}.{getattr(obj, '__name__', '')}"
        qualified = getattr(obj, '__qualname__', '')
        return qualified == nested or qualified.endswith('.' + nested)
    return False


def _is_private(cls_name, name):
    # _ClassName__name, the mangled form of a __name written in the class body
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    pat_len = len(pattern)
    return (len(name) > pat_len and name.startswith(pattern)
            and name[pat_len:pat_len + 1] != '_'
            and (name[-1] != '_' or name[-2] != '_'))


def _is_single_bit(num):
    return num != 0 and (num & (num - 1)) == 0


def _iter_bits_lsb(num):
    # the powers of two making up num, lowest first
    if num < 0:
        raise ValueError('%r is not a positive integer' % num)
    while num:
        lowest = num & -num
        yield lowest
        num -= lowest


def show_flag_values(value):
    return [bit for bit in _iter_bits_lsb(value)]


def bin(num, max_bits=None):
    """Like built-in bin(), but with a space after the sign bits and negative
    numbers in two's complement ('0b1 0110' is -10)."""
    width = num.bit_length()
    sign = '0b1' if num < 0 else '0b0'
    # the low `width` bits of num in two's complement ('' for zero)
    digits = format(num % (1 << width), 'b').zfill(width) if width else ''
    if max_bits is not None:
        digits = digits.rjust(max_bits, sign[-1])
    return f'{sign} {digits}'


class _AutoNull:
    # the value of an auto() given none: its repr shows in repr(auto())
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return f"auto({self.value!r})"


class property(DynamicClassAttribute):
    """An enum member attribute (name, value, ...) that is also allowed as a member
    name: on the class it finds the member, on a member the attribute."""

    member = None

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is None:
                raise AttributeError('%r has no attribute %r' % (ownerclass, self.name))
            return self.member
        getter = self.fget
        if getter is None:
            try:
                return instance._member_map_[self.name]
            except KeyError:
                raise AttributeError('%r member has no attribute %r'
                                     % (ownerclass, self.name)) from None
        return getter(instance)

    def __set__(self, instance, value):
        setter = self.fset
        if setter is None:
            raise AttributeError("<enum %r> cannot set attribute %r"
                                 % (self.clsname, self.name))
        return setter(instance, value)

    def __delete__(self, instance):
        deleter = self.fdel
        if deleter is None:
            raise AttributeError("<enum %r> cannot delete attribute %r"
                                 % (self.clsname, self.name))
        return deleter(instance)

    def __set_name__(self, ownerclass, name):
        self.name, self.clsname = name, ownerclass.__name__


_SUNDER_ALLOWED = (
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_', '_ignore_',
    '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_',
)


class _EnumDict(dict):
    """The class-body namespace of an enum: records member names in order and
    resolves auto() values as they are assigned."""

    def __init__(self):
        super().__init__()
        self._member_names = {}  # used as an ordered set
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._generate_next_value = None
        self._cls_name = None

    def __setitem__(self, key, value):
        owner = self._cls_name
        if _is_internal_class(owner, value):
            # 3.12 still makes a nested class a member, but says that this will change
            import warnings
            warnings.warn("In 3.13 classes created inside an enum will not become a member.  "
                          "Use the `member` decorator to keep the current behavior.",
                          DeprecationWarning, stacklevel=2)
        if _is_private(owner, key):
            pass  # private names stay plain attributes
        elif _is_sunder(key):
            value = self._set_sunder(key, value)
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'  # the Python 2 spelling
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore or _is_descriptor(value):
            pass
        elif isinstance(value, nonmember):
            value = value.value
        else:
            # a member. auto() values are generated in this very frame, as CPython does:
            # the default _generate_next_value_ warns with stacklevel=3, meaning the body
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            alone = isinstance(value, auto)
            parts = (value,) if alone else value
            has_auto = type(parts) is tuple and any(isinstance(p, auto) for p in parts)
            if has_auto:
                done = []
                for part in parts:
                    if isinstance(part, auto):
                        if part.value is _auto_null:
                            part.value = self._generate_next_value(
                                key, 1, len(self._member_names), list(self._last_values))
                            self._auto_called = True
                        part = part.value
                        self._last_values.append(part)  # (the tuple itself is not)
                    done.append(part)
                value = done[0] if alone else tuple(done)
            self._member_names[key] = None
            if not has_auto:
                self._last_values += [value]
        dict.__setitem__(self, key, value)

    def _set_sunder(self, key, value):
        """The few _sunder_ names an enum body may set, and what they mean; returns the
        value to store (_ignore_ is kept as a list)."""
        if key not in _SUNDER_ALLOWED and not key.startswith('_repr_'):
            raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use'
                             % (key,))
        if key == '_generate_next_value_':
            if self._auto_called:
                raise TypeError("_generate_next_value_ must be defined before members")
            self._generate_next_value = getattr(value, '__func__', value)
        elif key == '_ignore_':
            names = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
            self._ignore = names
            clash = set(names) & set(self._member_names)
            if clash:
                raise ValueError('_ignore_ cannot specify already set names: %r' % (clash,))
            return names
        return value

    def update(self, members, **more_members):
        # a mapping (anything with keys()) or an iterable of pairs, then the keywords
        if hasattr(members, 'keys'):
            members = [(k, members[k]) for k in members.keys()]
        for name, value in members:
            self[name] = value
        for name in more_members:
            self[name] = more_members[name]


def _functional_members(names, first_enum, start):
    """(name, value) pairs from the functional API's names: 'A B' or 'A,B', a list of
    names (valued by _generate_next_value_), a mapping, or (name, value) pairs."""
    if isinstance(names, str):
        names = [part for chunk in names.split(',') for part in chunk.split()]
    if isinstance(names, (tuple, list)) and len(names) and isinstance(names[0], str):
        pairs, values = [], []
        for count, name in enumerate(names):
            value = first_enum._generate_next_value_(name, start, count, list(values))
            values.append(value)
            pairs.append((name, value))
        return pairs
    if names is None:
        return []
    return [(item, names[item]) if isinstance(item, str) else item for item in names]


def _bases_in_order(bases):
    # every class of every base's MRO, base after base (repeats included)
    for chain in bases:
        yield from chain.__mro__


class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        namespace = _EnumDict()
        namespace._cls_name = cls
        first_enum = metacls._get_mixins_(cls, bases)[1]
        if first_enum is not None:
            namespace['_generate_next_value_'] = getattr(first_enum, '_generate_next_value_',
                                                         None)
        return namespace

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        # _ignore_ names (and _ignore_ itself) are dropped from the class
        classdict.setdefault('_ignore_', []).append('_ignore_')
        for dropped in classdict['_ignore_']:
            classdict.pop(dropped, None)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        __new__, save_new, use_args = metacls._find_new_(classdict, member_type, first_enum)

        member_names = list(classdict._member_names)
        reserved = {'mro', ''}.intersection(member_names)
        if reserved:
            raise ValueError('invalid enum member name(s) %s'
                             % ','.join(map(repr, reserved)))
        # members are created after the class: take them out of the namespace
        members = {name: classdict[name] for name in member_names}
        body = {}
        for key, value in classdict.items():
            if key not in members:
                body[key] = value
        order = body.pop('_order_', None)
        if order is not None and isinstance(order, str):
            order = order.replace(',', ' ').split()

        body['_new_member_'] = __new__
        body.update(_use_args_=use_args, _member_names_=[], _member_map_={},
                    _value2member_map_={}, _unhashable_values_=[], _member_type_=member_type,
                    _value_repr_=metacls._find_data_repr_(cls, bases))
        if Flag is not None and issubclass(bases[-1] if bases else object, Flag) or \
                (Flag is None and cls == 'Flag'):
            body.update(_boundary_=boundary or getattr(first_enum, '_boundary_', None),
                        _flag_mask_=0, _singles_mask_=0, _all_bits_=0, _inverted_=None)
        if save_new:
            # a __new__ written in the body makes members; lookups use Enum.__new__
            body['_new_member_'] = body['__new__'] = __new__
            body['__new_member__'] = __new__
            del body['__new__']

        try:
            enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        except RuntimeError as exc:
            # __set_name__ errors arrive wrapped in RuntimeError
            raise exc.__cause__ or exc
        classdict_names = set(body)

        if Enum is not None:
            if save_new:
                type.__setattr__(enum_class, '__new_member__', __new__)
            type.__setattr__(enum_class, '__new__', Enum.__new__)

        # ReprEnum: repr from Enum, str() and format() from the data type
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type '
                                '(i.e. int, str, float, etc.)')
            if '__format__' not in classdict_names:
                type.__setattr__(enum_class, '__format__', member_type.__format__)
                classdict_names.add('__format__')
            if '__str__' not in classdict_names:
                # the data type's str(), or its repr() where str() is object's
                shown = member_type.__str__
                if shown is object.__str__:
                    shown = member_type.__repr__
                type.__setattr__(enum_class, '__str__', shown)
                classdict_names.add('__str__')

        # repr/str/format/reduce found on the data type (int.__repr__, ...) or object
        # give way to the enum's own, unless the class body wrote one
        if first_enum is not None:
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name not in classdict_names:
                    inherited = getattr(enum_class, name)
                    if inherited in (getattr(member_type, name), getattr(object, name)):
                        type.__setattr__(enum_class, name, getattr(first_enum, name))

        # Flag's operators win over the data type's (int.__or__ for IntFlag)
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag:
            for op in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                       '__invert__'):
                if op not in classdict_names:
                    type.__setattr__(enum_class, op, getattr(Flag, op))

        for name, value in members.items():
            metacls._add_member_(enum_class, name, value)

        if is_flag:
            metacls._finish_flag_(enum_class)

        if order is not None:
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, order))
        return enum_class

    @staticmethod
    def _add_member_(enum_class, name, value):
        """Create member `name` from its class-body value (CPython's _proto_member)."""
        args = value if isinstance(value, tuple) else (value,)
        member_type = enum_class._member_type_
        if member_type is tuple:
            args = (args,)
        make = enum_class._new_member_
        made = make(enum_class, *args) if enum_class._use_args_ else make(enum_class)
        if not hasattr(made, '_value_'):
            if member_type is object:
                made._value_ = value
            else:
                try:
                    made._value_ = member_type(*args)
                except Exception:
                    # the data type does not take these arguments: a bare instance
                    made = member_type.__new__(enum_class)
                    made._value_ = value
        enum_member = made
        value = made._value_
        made._name_ = name
        made.__objclass__ = enum_class
        made.__init__(*args)
        made._sort_order_ = len(enum_class._member_names_)

        if Flag is not None and issubclass(enum_class, Flag):
            if isinstance(value, int):
                enum_class._flag_mask_ |= value
                if _is_single_bit(value):
                    enum_class._singles_mask_ |= value
            enum_class._all_bits_ = (1 << enum_class._flag_mask_.bit_length()) - 1

        # an earlier member with an equal value makes this name an alias
        canonical = None
        try:
            canonical = enum_class._value2member_map_.get(value)
        except TypeError:
            for m in enum_class._member_map_.values():
                if m._value_ == value:
                    canonical = m
                    break
        if canonical is not None:
            enum_member = canonical
        elif (Flag is None or not issubclass(enum_class, Flag)
              or (isinstance(value, int) and _is_single_bit(value))
              or not isinstance(value, int)):
            enum_class._member_names_.append(name)
        # multi-bit and zero flags are aliases: not iterated, but looked up

        # A descriptor of the same name further up (like Enum.name) stays usable on
        # members: the class attribute becomes an enum.property that gives the member
        # on the class and runs the old descriptor's functions on instances.
        found = None
        for base in enum_class.__mro__[1:]:
            attr = vars(base).get(name)
            if attr is not None and _is_descriptor(attr):
                found = attr
                if isinstance(attr, (bltns.property, DynamicClassAttribute)):
                    break
        if found is not None:
            redirect = property(getattr(found, 'fget', None), getattr(found, 'fset', None),
                                getattr(found, 'fdel', None))
            redirect.member = enum_member
            redirect.name, redirect.clsname = name, enum_class.__name__
            type.__setattr__(enum_class, name, redirect)
        else:
            type.__setattr__(enum_class, name, enum_member)
        enum_class._member_map_[name] = enum_member
        try:
            if value not in enum_class._value2member_map_:
                enum_class._value2member_map_[value] = enum_member
        except TypeError:
            enum_class._unhashable_values_ += [value]

    @staticmethod
    def _finish_flag_(enum_class):
        if enum_class._boundary_ is None:
            enum_class._boundary_ = STRICT if STRICT is not None else None
        enum_class._all_bits_ = (1 << enum_class._flag_mask_.bit_length()) - 1
        # members defined out of value order are listed in definition order
        values = [m._value_ for m in enum_class]
        if values != sorted(values):
            enum_class._iter_member_ = enum_class._iter_member_by_def_

    def _convert_(cls, name, module, filter, source=None, *, boundary=None,
                  as_global=False):
        """Create an enum of the module-level constants that pass `filter`
        (socket, signal and friends build their enums this way)."""
        namespace = vars(sys.modules[module])
        where = vars(source) if source else namespace
        chosen = [(key, where[key]) for key in where if filter(key)]
        try:
            chosen.sort(key=lambda pair: (pair[1], pair[0]))  # by value, then name
        except TypeError:
            chosen.sort(key=lambda pair: pair[0])
        body = dict(chosen)
        body['__module__'] = module
        made = _simple_enum(etype=cls, boundary=boundary or KEEP)(type(name, (object,), body))
        if as_global:
            global_enum(made)
        else:
            vars(sys.modules[made.__module__]).update(made.__members__)
        namespace[name] = made
        return made

    def __bool__(cls):
        """classes/types should always be True."""
        return True

    def __call__(cls, value, names=None, *values, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        """Either look up a member by value, or (with names) create a new enum class
        (the functional API)."""
        if cls._member_map_:
            # an enum with members: a lookup (several arguments make a tuple value)
            if names:
                return cls.__new__(cls, (value, names, *values))
            return cls.__new__(cls, value)
        if names is None and type is None:
            raise TypeError(
                f"{cls} has no members; specify `names=()` if you meant to create "
                f"a new, empty, enum")
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def __contains__(cls, value):
        """Return True if `value` is a member of the enum or one of its values."""
        if not isinstance(value, cls):
            try:
                return value in cls._value2member_map_
            except TypeError:
                return value in cls._unhashable_values_
        return True

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        names = {'__class__', '__contains__', '__doc__', '__getitem__', '__iter__', '__len__',
                 '__members__', '__module__', '__name__', '__qualname__', *cls._member_names_}
        if cls._new_member_ is not object.__new__:
            names.add('__new__')
        if cls.__init_subclass__ is not object.__init_subclass__:
            names.add('__init_subclass__')
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    def __getitem__(cls, name):
        """Return the member matching `name`."""
        return cls._member_map_[name]

    def _members_in(cls, names):
        table = cls._member_map_
        return (table[n] for n in names)

    def __iter__(cls):
        """Return members in definition order."""
        return cls._members_in(cls._member_names_)

    def __reversed__(cls):
        """Return members in reverse definition order."""
        return cls._members_in(reversed(cls._member_names_))

    def __len__(cls):
        """Return the number of members (no aliases)"""
        return len(cls._member_names_)

    @bltns.property
    def __members__(cls):
        """Returns a mapping of member name->value, including aliases."""
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        kind = 'flag' if Flag is not None and issubclass(cls, Flag) else 'enum'
        return "<%s %r>" % (kind, cls.__name__)

    def __setattr__(cls, name, value):
        if name in vars(cls).get('_member_map_', ()):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        """The functional API: Enum('Name', 'A B C') and its variants."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        first_enum = cls._get_mixins_(class_name, bases)[1]
        namespace = metacls.__prepare__(class_name, bases)
        for member_name, member_value in _functional_members(names, first_enum, start):
            namespace[member_name] = member_value
        if module is None:
            # the module of whoever called Enum(...): this frame, EnumType.__call__, them
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            namespace['__module__'] = module
        if qualname is not None:
            namespace['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, namespace, boundary=boundary)

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for base in _bases_in_order(bases):
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("<enum %r> cannot extend %r" % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        """Returns the type for creating enum members, and the first inherited enum."""
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        if isinstance(bases[-1], EnumType):
            return mcls._find_data_type_(class_name, bases) or object, bases[-1]
        raise TypeError("new enumerations should be created as "
                        "`EnumName([mixin_type, ...] [data_type,] enum_type)`")

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        # the first class up the bases' MROs that says how values look
        for base in _bases_in_order(bases):
            own = vars(base)
            if base is object:
                continue
            if isinstance(base, EnumType):
                return own.get('_value_repr_')
            if '__repr__' in own:
                # dataclass mixins keep their own repr
                return None if '__dataclass_fields__' in own else own['__repr__']
        return None

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        # per base: the first class in its MRO that makes instances (has __new__, or is
        # a dataclass), or the data type of an enum; a plain class just before such a
        # class stands for it
        found = set()
        for chain in bases:
            mixin = None
            for base in chain.__mro__:
                if base is object:
                    continue
                own = vars(base)
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        found.add(base._member_type_)
                        break
                elif '__new__' in own or '__dataclass_fields__' in own:
                    found.add(mixin or base)
                    break
                elif mixin is None:
                    mixin = base
        if len(found) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, found))
        return found.pop() if found else None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        """(the __new__ that makes members, whether it was in the class body,
        whether it takes the member's value as arguments)"""
        written = classdict.get('__new__')
        if written is not None:
            return written, first_enum is not None, written is not object.__new__
        # else the first real constructor: __new_member__ before __new__, the data type's
        # before the enum's
        plain = {None, None.__new__, object.__new__, Enum.__new__ if Enum is not None else None}
        for attr in ('__new_member__', '__new__'):
            for owner in (member_type, first_enum):
                maker = getattr(owner, attr, None)
                if maker not in plain:
                    return maker, False, maker is not object.__new__
        return object.__new__, False, False


EnumMeta = EnumType


def _member_from_missing(cls, value):
    """_missing_'s answer, checked; the ValueError (or _missing_'s own error, chained
    to it) when there is none."""
    failure = None
    try:
        found = cls._missing_(value)
    except Exception as problem:
        failure, found = problem, None
    if isinstance(found, cls):
        return found
    if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
            and isinstance(found, int)):
        return found
    invalid = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
    try:
        if failure is None and found is None:
            raise invalid
        if failure is None:
            failure = TypeError('error in %s._missing_: returned %r instead of None '
                                'or a valid member' % (cls.__name__, found))
        if not isinstance(failure, ValueError):
            failure.__context__ = invalid
        raise failure
    finally:
        failure = invalid = None  # no reference cycle through the traceback


class Enum(metaclass=EnumType):
    """Base class of enumerations: a class whose attributes are its members, each a
    (name, value) pair; Color(1), Color['RED'] and iteration find them."""

    @classmethod
    def __signature__(cls):
        # what inspect.signature() shows: calling a member lookup, or the functional API
        if cls._member_names_:
            return '(*values)'
        return ('(new_class_name, /, names, *, module=None, qualname=None, type=None, '
                'start=1, boundary=None)')

    def __new__(cls, value):
        # Members are made while the class is built; this runs for Color(3) (through
        # EnumType.__call__) and for unpickling: it finds the member of a value.
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            # an unhashable value: compare with every member
            for candidate in cls._member_map_.values():
                if candidate._value_ == value:
                    return candidate
        return _member_from_missing(cls, value)

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The value for an auto() member: one more than the last value given (start for
        the first member)."""
        if not last_values:
            return start
        try:
            last = last_values[-1]
            last_values.sort()
            if last != last_values[-1]:
                raise TypeError  # the last value is not the largest
            return last + 1
        except TypeError:
            import warnings
            warnings.warn("In 3.13 the default `auto()`/`_generate_next_value_` will require "
                          "all values to be sortable and support adding +1\n"
                          "and the value returned will be the largest value in the enum "
                          "incremented by 1", DeprecationWarning, stacklevel=3)
            # fall back to the latest value that supports + 1
            for earlier in reversed(last_values):
                try:
                    return earlier + 1
                except TypeError:
                    pass
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        cls = self.__class__
        shown = (cls._value_repr_ or repr)(self._value_)
        return f"<{cls.__name__}.{self._name_}: {shown}>"

    def __str__(self):
        return f"{self.__class__.__name__}.{self._name_}"

    def __dir__(self):
        # public attributes of the member and its classes, minus other members' names
        members = self._member_map_
        basics = {'__class__', '__doc__', '__eq__', '__hash__', '__module__'}
        if self.__class__._member_type_ is object:
            shown = basics | {'name', 'value'}
        else:
            shown = basics | set(object.__dir__(self))
        own = getattr(self, '__dict__', ())
        shown.update(n for n in own if n[0] != '_' and n not in members)
        for cls in self.__class__.mro():
            for name, obj in vars(cls).items():
                if name.startswith('_'):
                    continue
                if not isinstance(obj, (bltns.property, DynamicClassAttribute)):
                    if name not in members:
                        shown.add(name)
                elif obj.fget is None and name in members:
                    shown.discard(name)
                else:
                    shown.add(name)
        return sorted(shown)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """
    Only changes the repr(), leaving str() and format() to the mixed-in type.
    """


class IntEnum(int, ReprEnum):
    """An Enum whose members are ints."""


class StrEnum(str, ReprEnum):
    """An Enum whose members are strs."""

    def __new__(cls, *values):
        # the arguments of str(): text, or bytes with an encoding (and errors), all strs
        count = len(values)
        if count > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if count == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        for label, arg in zip(('encoding', 'errors'), values[1:]):
            if not isinstance(arg, str):
                raise TypeError('%s must be a string, not %r' % (label, arg))
        text = str(*values)
        made = str.__new__(cls, text)
        made._value_ = text
        return made

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        # auto() in a StrEnum: the member's name in lower case
        return name.lower()


def pickle_by_global_name(self, proto):
    # should not be used with Flag-type enums
    return self.name


_reduce_ex_by_global_name = pickle_by_global_name


def pickle_by_enum_name(self, proto):
    # should not be used with Flag-type enums
    return getattr, (self.__class__, self._name_)


class FlagBoundary(StrEnum):
    """What Flag(value) does with bits no member has: STRICT raises ValueError (Flag's
    default), CONFORM drops them, EJECT returns a plain int, KEEP keeps them (IntFlag's
    default)."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """
    Support for flags
    """

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The next power of two above the highest value so far (start, or 1, first)."""
        if not count:
            return 1 if start is None else start
        highest = max(last_values)
        try:
            return 1 << highest.bit_length()
        except Exception:
            raise TypeError('invalid flag value %r' % highest) from None

    @classmethod
    def _iter_member_by_value_(cls, value):
        """The canonical members whose bits are in value, lowest bit first."""
        for bit in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        """The same members, in the order they were defined."""
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _within_boundary(cls, value):
        """value with the bits outside the flag dealt with as the boundary says; a plain
        int (EJECT) is returned inside a 1-tuple."""
        mask, every = cls._flag_mask_, cls._all_bits_
        inside = ~every <= value <= every and not value & (every ^ mask)
        if inside:
            return value
        boundary = cls._boundary_
        if boundary is STRICT:
            width = max(value.bit_length(), mask.bit_length())
            raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                             % (cls, value, bin(value, width), bin(mask, width)))
        if boundary is CONFORM:
            return value & mask
        if boundary is EJECT:
            return (value,)
        if boundary is KEEP:
            if value < 0:
                # a negative value keeps its bits within a field wide enough for both
                value += max(every + 1, 1 << value.bit_length())
            return value
        raise ValueError('%r unknown flag boundary %r' % (cls, boundary))

    @classmethod
    def _composite_name(cls, value, singles, aliases):
        """The '|'-joined member names covering value, with the numeric rest if KEEP
        allows one; None when no member is involved."""
        chosen = list(cls._iter_member_(singles))
        covered = 0
        for m in chosen:
            covered |= m._value_
        if aliases:
            value = singles | aliases
            # multi-bit aliases fill in the bits no single-bit member has
            for m in cls._member_map_.values():
                if m not in chosen and m._value_ and m._value_ & value == m._value_:
                    chosen.append(m)
                    covered |= m._value_
        rest = value ^ covered
        if not covered:
            return None, rest
        if rest and cls._boundary_ is STRICT:
            raise ValueError('%r: no members with value %r' % (cls, rest))
        name = '|'.join(m._name_ for m in chosen)
        if rest:
            name += '|%s' % cls._numeric_repr_(rest)
        return name, rest

    @classmethod
    def _missing_(cls, value):
        """A pseudo-member for a combination of members (made once, then cached)."""
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        value = cls._within_boundary(value)
        if isinstance(value, tuple):
            return value[0]  # EJECT: no longer a flag
        negative = None
        if value < 0:
            negative, value = value, cls._all_bits_ + 1 + value
        stray = value & ~cls._flag_mask_
        if stray and cls._boundary_ is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, stray, bin(stray)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        singles = value & cls._singles_mask_
        aliases = value & ~cls._singles_mask_
        pseudo._name_ = None
        unknown = stray
        if singles or aliases:
            pseudo._name_, unknown = cls._composite_name(value, singles, aliases)
        if not unknown:
            # fully named combinations (and zero) are kept for later lookups
            pseudo = cls._value2member_map_.setdefault(value, pseudo)
            if negative is not None:
                cls._value2member_map_[negative] = pseudo
        return pseudo

    def __contains__(self, other):
        """Whether every bit of other is set in self."""
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, type(self).__qualname__))
        return self._value_ & other._value_ == other._value_

    def __iter__(self):
        """The canonical members set in self."""
        return self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls = type(self)
        shown = (cls._value_repr_ or repr)(self._value_)
        if self._name_ is None:
            return "<%s: %s>" % (cls.__name__, shown)
        return "<%s.%s: %s>" % (cls.__name__, self._name_, shown)

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (type(self).__name__, self._value_)
        return "%s.%s" % (type(self).__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        """other's bits: a member of this flag, or a plain value of its data type."""
        if isinstance(other, type(self)):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = type(self)(~self._value_)
            else:
                # only the defined single bits flip
                self._inverted_ = type(self)(self._singles_mask_ & ~self._value_)
        return self._inverted_


def _bitwise(name, combine):
    def method(self, other):
        bits = self._operand(other)
        if bits is NotImplemented:
            return NotImplemented
        return type(self)(combine(self._value_, bits))
    method.__name__ = method.__qualname__ = name
    method.__qualname__ = 'Flag.' + name
    return method


for _names, _combine in ((('__or__', '__ror__'), lambda a, b: a | b),
                         (('__and__', '__rand__'), lambda a, b: a & b),
                         (('__xor__', '__rxor__'), lambda a, b: a ^ b)):
    _method = _bitwise(_names[0], _combine)
    type.__setattr__(Flag, _names[0], _method)
    type.__setattr__(Flag, _names[1], _method)
del _names, _combine, _method


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are ints."""


def _aliases_of(enumeration):
    """(alias, canonical name) for every member name that is an alias."""
    return [(name, member.name) for name, member in enumeration.__members__.items()
            if name != member.name]


def _alias_report(pairs):
    return ', '.join('%s -> %s' % pair for pair in pairs)


def unique(enumeration):
    """Class decorator: ValueError if two names of the enumeration share a value."""
    pairs = _aliases_of(enumeration)
    if pairs:
        raise ValueError('duplicate values found in %r: %s'
                         % (enumeration, _alias_report(pairs)))
    return enumeration


def _module_short_name(member):
    return type(member).__module__.split('.')[-1]


def global_enum_repr(self):
    """use module.enum_name instead of class.enum_name"""
    return '%s.%s' % (_module_short_name(self), self._name_)


def global_flag_repr(self):
    """use module.flag_name instead of class.flag_name"""
    module = _module_short_name(self)
    if self._name_ is None:
        return "%s.%s(%r)" % (module, type(self).__name__, self._value_)
    # (CPython 3.12.1 tests the member itself here, which fails for non-int flags)
    if _is_single_bit(self):
        return '%s.%s' % (module, self._name_)
    keep_numbers = self._boundary_ is FlagBoundary.KEEP
    source = self._name_ if keep_numbers else self.name
    parts = []
    for part in source.split('|'):
        parts.append(part if keep_numbers and part[0].isdigit() else module + '.' + part)
    return '|'.join(parts)


def global_str(self):
    """use enum_name instead of class.enum_name"""
    if self._name_ is not None:
        return self._name_
    return "%s(%r)" % (type(self).__name__, self._value_)


def global_enum(cls, update_str=False):
    """Class decorator: members show as module.NAME and become globals of the
    enumeration's module."""
    type.__setattr__(cls, '__repr__',
                     global_flag_repr if issubclass(cls, Flag) else global_enum_repr)
    if update_str or not issubclass(cls, ReprEnum):
        type.__setattr__(cls, '__str__', global_str)
    vars(sys.modules[cls.__module__]).update(cls.__members__)
    return cls


class EnumCheck(StrEnum):
    """The checks verify() can make."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


def _missing_values(enumeration, is_flag):
    """The values a CONTINUOUS enumeration lacks between its lowest and highest."""
    values = {m.value for m in enumeration}
    if len(values) < 2:
        return []
    low, high = min(values), max(values)
    if is_flag:
        wanted = [1 << i for i in range(low.bit_length() - 1, high.bit_length())]
    else:
        wanted = range(low + 1, high)
    return [v for v in wanted if v not in values]


def _unnamed_alias_bits(enumeration):
    """Aliases using bits no canonical member has: (their names, those bits together)."""
    canonical_values = [m.value for m in enumeration]
    names, bits = [], 0
    for name, alias in enumeration._member_map_.items():
        if name in enumeration._member_names_ or alias.value < 0:
            continue
        lacking = [b for b in _iter_bits_lsb(alias.value) if b not in canonical_values]
        if lacking:
            names.append(name)
            for b in lacking:
                bits |= b
    return names, bits


class verify:
    """
    Check an enumeration for various constraints. (see EnumCheck)
    """

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        if Flag is not None and issubclass(enumeration, Flag):
            kind = 'flag'
        elif issubclass(enumeration, Enum):
            kind = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                pairs = _aliases_of(enumeration)
                if pairs:
                    raise ValueError('aliases found in %r: %s'
                                     % (enumeration, _alias_report(pairs)))
            elif check is CONTINUOUS:
                gaps = _missing_values(enumeration, kind == 'flag')
                if gaps:
                    text = 'invalid %s %r: missing values %s' % (
                        kind, enumeration.__name__, ', '.join(map(str, gaps)))
                    raise ValueError(text[:256])
            elif check is NAMED_FLAGS:
                names, bits = _unnamed_alias_bits(enumeration)
                if names:
                    if len(names) == 1:
                        who = 'alias %s is missing' % names[0]
                    else:
                        who = 'aliases %s and %s are missing' % (', '.join(names[:-1]),
                                                                 names[-1])
                    what = ('value 0x%x' if _is_single_bit(bits)
                            else 'combined values of 0x%x') % bits
                    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values'
                                     '(value) for details]' % (enumeration.__name__, who,
                                                               what))
        return enumeration


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """Class decorator turning a plain class into an enum of type etype (the stdlib
    uses it for speed in CPython; here it builds the enum the ordinary way)."""
    def convert_class(cls):
        metacls = type(etype)
        classdict = metacls.__prepare__(cls.__name__, (etype,))
        for name, value in cls.__dict__.items():
            if name in ('__dict__', '__weakref__'):
                continue
            classdict[name] = value
        kwds = {}
        if boundary is not None:
            kwds['boundary'] = boundary
        return metacls.__new__(metacls, cls.__name__, (etype,), classdict, **kwds)
    return convert_class


def _test_simple_enum(checked_enum, simple_enum):
    """Compare a @_simple_enum class with the equivalent ordinary enum (a no-op check)."""
    if list(checked_enum) != list(simple_enum) and \
            [m.value for m in checked_enum] != [m.value for m in simple_enum]:
        raise TypeError('enum mismatch')
