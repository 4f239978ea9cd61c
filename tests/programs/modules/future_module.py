# `from __future__ import ...` runs as an import too; the __future__ module's records.
from __future__ import annotations, generator_stop
import __future__

print(__future__.all_feature_names)
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature, feature.getOptionalRelease(), feature.getMandatoryRelease(),
          hex(feature.compiler_flag))
print(sorted(n for n in dir(__future__) if n.startswith("CO_")))
print(__future__.CO_FUTURE_ANNOTATIONS == __future__.annotations.compiler_flag)
print(annotations is __future__.annotations)


def f(x: UndefinedName) -> AlsoUndefined:
    return x


print(f.__annotations__)
