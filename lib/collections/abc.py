"""collections.abc: the container ABCs, defined in _collections_abc (as in CPython) and
re-exported here: exactly the names of its __all__, plus the Callable alias class."""

import _collections_abc as _impl

__all__ = list(_impl.__all__)
globals().update({name: getattr(_impl, name) for name in __all__})
_CallableGenericAlias = _impl._CallableGenericAlias
del _impl
