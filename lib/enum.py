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
    if not isinstance(obj, type):
        return False
    qualname = getattr(obj, '__qualname__', '')
    s_pattern = cls_name + '.' + getattr(obj, '__name__', '')
    e_pattern = '.' + s_pattern
    return qualname == s_pattern or qualname.endswith(e_pattern)


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
    while num:
        b = num & (~num + 1)
        yield b
        num ^= b


def show_flag_values(value):
    return list(_iter_bits_lsb(value))


def bin(num, max_bits=None):
    """Like built-in bin(), but with a space after the sign bits and negative
    numbers in two's complement ('0b1 0110' is -10)."""
    ceiling = 2 ** (num).bit_length()
    if num >= 0:
        s = bltns.bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bltns.bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


_auto_null = object()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % self.value


class property(DynamicClassAttribute):
    """An enum member attribute (name, value, ...) that is also allowed as a member
    name: on the class it finds the member, on a member the attribute."""

    member = None

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is not None:
                return self.member
            raise AttributeError('%r has no attribute %r' % (ownerclass, self.name))
        if self.fget is not None:
            return self.fget(instance)
        try:
            return instance._member_map_[self.name]
        except KeyError:
            raise AttributeError('%r member has no attribute %r'
                                 % (ownerclass, self.name)) from None

    def __set__(self, instance, value):
        if self.fset is not None:
            return self.fset(instance, value)
        raise AttributeError("<enum %r> cannot set attribute %r"
                             % (self.clsname, self.name))

    def __delete__(self, instance):
        if self.fdel is not None:
            return self.fdel(instance)
        raise AttributeError("<enum %r> cannot delete attribute %r"
                             % (self.clsname, self.name))

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__


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
        if _is_internal_class(self._cls_name, value):
            # 3.12 still makes a nested class a member, but says that this will change
            import warnings
            warnings.warn("In 3.13 classes created inside an enum will not become a member.  "
                          "Use the `member` decorator to keep the current behavior.",
                          DeprecationWarning, stacklevel=2)
        if _is_private(self._cls_name, key):
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
                self._last_values.append(value)
        super().__setitem__(key, value)

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
        pairs = ([(k, members[k]) for k in members.keys()] if hasattr(members, 'keys')
                 else members)
        for name, value in pairs:
            self[name] = value
        for name, value in more_members.items():
            self[name] = value


def _functional_members(names, first_enum, start):
    """(name, value) pairs from the functional API's names: 'A B' or 'A,B', a list of
    names (valued by _generate_next_value_), a mapping, or (name, value) pairs."""
    if isinstance(names, str):
        names = names.replace(',', ' ').split()
    if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
        pairs, values = [], []
        for count, name in enumerate(names):
            value = first_enum._generate_next_value_(name, start, count, list(values))
            values.append(value)
            pairs.append((name, value))
        return pairs
    if names is None:
        return []
    return [(item, names[item]) if isinstance(item, str) else item for item in names]


class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            enum_dict['_generate_next_value_'] = getattr(
                first_enum, '_generate_next_value_', None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        classdict.setdefault('_ignore_', []).append('_ignore_')
        ignore = classdict['_ignore_']
        for key in ignore:
            classdict.pop(key, None)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        __new__, save_new, use_args = metacls._find_new_(classdict, member_type, first_enum)

        member_names = list(classdict._member_names)
        invalid_names = set(member_names) & {'mro', ''}
        if invalid_names:
            raise ValueError('invalid enum member name(s) %s' % (
                ','.join(repr(n) for n in invalid_names)))
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
        body['_use_args_'] = use_args
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_unhashable_values_'] = []
        body['_member_type_'] = member_type
        body['_value_repr_'] = metacls._find_data_repr_(cls, bases)
        if Flag is not None and issubclass(bases[-1] if bases else object, Flag) or \
                (Flag is None and cls == 'Flag'):
            body['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
            body['_flag_mask_'] = 0
            body['_singles_mask_'] = 0
            body['_all_bits_'] = 0
            body['_inverted_'] = None
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
                enum_class.__new_member__ = __new__
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
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                type.__setattr__(enum_class, '__str__', method)
                classdict_names.add('__str__')

        # repr/str/format/reduce found on the data type (int.__repr__, ...) or object
        # give way to the enum's own, unless the class body wrote one
        if first_enum is not None:
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name in classdict_names:
                    continue
                enum_method = getattr(first_enum, name)
                found_method = getattr(enum_class, name)
                if found_method in (getattr(member_type, name), getattr(object, name)):
                    type.__setattr__(enum_class, name, enum_method)

        # Flag's operators win over the data type's (int.__or__ for IntFlag)
        if Flag is not None and issubclass(enum_class, Flag):
            for op in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                       '__invert__'):
                if op not in classdict_names:
                    type.__setattr__(enum_class, op, getattr(Flag, op))

        for name, value in members.items():
            metacls._add_member_(enum_class, name, value)

        if Flag is not None and issubclass(enum_class, Flag):
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
        new = enum_class._new_member_
        if not enum_class._use_args_:
            enum_member = new(enum_class)
        else:
            enum_member = new(enum_class, *args)
        if not hasattr(enum_member, '_value_'):
            if member_type is object:
                enum_member._value_ = value
            else:
                try:
                    enum_member._value_ = member_type(*args)
                except Exception:
                    new_member = member_type.__new__(enum_class)
                    new_member._value_ = value
                    enum_member = new_member
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = enum_class
        enum_member.__init__(*args)
        enum_member._sort_order_ = len(enum_class._member_names_)

        if Flag is not None and issubclass(enum_class, Flag):
            if isinstance(value, int):
                enum_class._flag_mask_ |= value
                if _is_single_bit(value):
                    enum_class._singles_mask_ |= value
            enum_class._all_bits_ = 2 ** ((enum_class._flag_mask_).bit_length()) - 1

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
            attr = base.__dict__.get(name)
            if attr is not None and _is_descriptor(attr):
                found = attr
                if isinstance(attr, (bltns.property, DynamicClassAttribute)):
                    break
        if found is not None:
            redirect = property()
            redirect.member = enum_member
            redirect.__set_name__(enum_class, name)
            redirect.fget = getattr(found, 'fget', None)
            redirect.fset = getattr(found, 'fset', None)
            redirect.fdel = getattr(found, 'fdel', None)
            type.__setattr__(enum_class, name, redirect)
        else:
            type.__setattr__(enum_class, name, enum_member)
        enum_class._member_map_[name] = enum_member
        try:
            enum_class._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            enum_class._unhashable_values_.append(value)

    @staticmethod
    def _finish_flag_(enum_class):
        if enum_class._boundary_ is None:
            enum_class._boundary_ = STRICT if STRICT is not None else None
        enum_class._all_bits_ = 2 ** ((enum_class._flag_mask_).bit_length()) - 1
        # members defined out of value order are listed in definition order
        values = [m._value_ for m in enum_class]
        if values != sorted(values):
            enum_class._iter_member_ = enum_class._iter_member_by_def_

    def _convert_(cls, name, module, filter, source=None, *, boundary=None,
                  as_global=False):
        """Create an enum of the module-level constants that pass `filter`
        (socket, signal and friends build their enums this way)."""
        module_globals = sys.modules[module].__dict__
        source = source.__dict__ if source else module_globals
        members = [(n, v) for n, v in source.items() if filter(n)]
        try:
            members.sort(key=lambda t: (t[1], t[0]))
        except TypeError:
            members.sort(key=lambda t: t[0])
        body = {t[0]: t[1] for t in members}
        body['__module__'] = module
        tmp_cls = type(name, (object,), body)
        cls = _simple_enum(etype=cls, boundary=boundary or KEEP)(tmp_cls)
        if as_global:
            global_enum(cls)
        else:
            sys.modules[cls.__module__].__dict__.update(cls.__members__)
        module_globals[name] = cls
        return cls

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
                value = (value, names) + values
            return cls.__new__(cls, value)
        if names is None and type is None:
            raise TypeError(
                f"{cls} has no members; specify `names=()` if you meant to create "
                f"a new, empty, enum")
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def __contains__(cls, value):
        """Return True if `value` is a member of the enum or one of its values."""
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_
        except TypeError:
            return value in cls._unhashable_values_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        interesting = set([
            '__class__', '__contains__', '__doc__', '__getitem__',
            '__iter__', '__len__', '__members__', '__module__',
            '__name__', '__qualname__',
        ] + cls._member_names_)
        if cls._new_member_ is not object.__new__:
            interesting.add('__new__')
        if cls.__init_subclass__ is not object.__init_subclass__:
            interesting.add('__init_subclass__')
        if cls._member_type_ is object:
            return sorted(interesting)
        return sorted(set(dir(cls._member_type_)) | interesting)

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
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
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
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        """Returns the type for creating enum members, and the first inherited enum."""
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = mcls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                elif isinstance(base, EnumType):
                    return base.__dict__.get('_value_repr_')
                elif '__repr__' in base.__dict__:
                    if '__dataclass_fields__' in base.__dict__:
                        return None  # dataclass mixins keep their own repr
                    return base.__dict__['__repr__']
        return None

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        data_types = set()
        base_chain = set()
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                base_chain.add(base)
                if base is object:
                    continue
                elif isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        data_types.add(base._member_type_)
                        break
                elif '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                    data_types.add(candidate or base)
                    break
                else:
                    candidate = candidate or base
        if len(data_types) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, data_types))
        elif data_types:
            return data_types.pop()
        return None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        """(the __new__ that makes members, whether it was in the class body,
        whether it takes the member's value as arguments)"""
        __new__ = classdict.get('__new__', None)
        save_new = first_enum is not None and __new__ is not None
        if __new__ is None:
            for method in ('__new_member__', '__new__'):
                for possible in (member_type, first_enum):
                    target = getattr(possible, method, None)
                    if target not in {None, None.__new__, object.__new__,
                                      Enum.__new__ if Enum is not None else None}:
                        __new__ = target
                        break
                if __new__ is not None:
                    break
            else:
                __new__ = object.__new__
        use_args = __new__ is not object.__new__
        return __new__, save_new, use_args


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
    """
    Create a collection of name/value pairs.

    Example enumeration:

    >>> class Color(Enum):
    ...     RED = 1
    ...     BLUE = 2
    ...     GREEN = 3

    Access them by:

    - attribute access:

      >>> Color.RED
      <Color.RED: 1>

    - value lookup:

      >>> Color(1)
      <Color.RED: 1>

    - name lookup:

      >>> Color['RED']
      <Color.RED: 1>

    Enumerations can be iterated over, and know how many members they have:

    >>> len(Color)
    3

    >>> list(Color)
    [<Color.RED: 1>, <Color.BLUE: 2>, <Color.GREEN: 3>]

    Methods can be added to enumerations, and members can have their own
    attributes -- see the documentation for details.
    """

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
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_,)

    def __dir__(self):
        """Returns all members and all public methods"""
        if self.__class__._member_type_ is object:
            interesting = set(['__class__', '__doc__', '__eq__', '__hash__', '__module__',
                               'name', 'value'])
        else:
            interesting = set(object.__dir__(self))
        for name in getattr(self, '__dict__', []):
            if name[0] != '_' and name not in self._member_map_:
                interesting.add(name)
        for cls in self.__class__.mro():
            for name, obj in cls.__dict__.items():
                if name[0] == '_':
                    continue
                if isinstance(obj, bltns.property) or isinstance(obj, DynamicClassAttribute):
                    if obj.fget is not None or name not in self._member_map_:
                        interesting.add(name)
                    else:
                        interesting.discard(name)
                elif name not in self._member_map_:
                    interesting.add(name)
        names = sorted(
            set(['__class__', '__doc__', '__eq__', '__hash__', '__module__'])
            | interesting
        )
        return names

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
    """
    Enum where members are also (and must be) ints
    """


class StrEnum(str, ReprEnum):
    """
    Enum where members are also (and must be) strings
    """

    def __new__(cls, *values):
        "values must already be of type `str`"
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1:
            if not isinstance(values[0], str):
                raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2:
            if not isinstance(values[1], str):
                raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3:
            if not isinstance(values[2], str):
                raise TypeError('errors must be a string, not %r' % (values[2]))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """
        Return the lower-cased version of the member name.
        """
        return name.lower()


def pickle_by_global_name(self, proto):
    # should not be used with Flag-type enums
    return self.name


_reduce_ex_by_global_name = pickle_by_global_name


def pickle_by_enum_name(self, proto):
    # should not be used with Flag-type enums
    return getattr, (self.__class__, self._name_)


class FlagBoundary(StrEnum):
    """
    control how out of range values are handled
    "strict" -> error is raised             [default for Flag]
    "conform" -> extra bits are discarded
    "eject" -> lose flag status
    "keep" -> keep flag status and all bits [default for IntFlag]
    """
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
    """
    Support for integer-based Flags
    """


def _aliases_of(enumeration):
    """(alias, canonical name) for every member name that is an alias."""
    return [(name, member.name) for name, member in enumeration.__members__.items()
            if name != member.name]


def _alias_report(pairs):
    return ', '.join('%s -> %s' % pair for pair in pairs)


def unique(enumeration):
    """
    Class decorator for enumerations ensuring unique member values.
    """
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
    """
    decorator that makes the repr() of an enum member reference its module
    instead of its class; also exports all members to the enum's module's
    global namespace
    """
    type.__setattr__(cls, '__repr__',
                     global_flag_repr if issubclass(cls, Flag) else global_enum_repr)
    if update_str or not issubclass(cls, ReprEnum):
        type.__setattr__(cls, '__str__', global_str)
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


class EnumCheck(StrEnum):
    """
    various conditions to check an enumeration for
    """
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
