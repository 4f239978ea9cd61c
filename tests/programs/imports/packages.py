# packages, relative imports, __name__ and __package__
print("main __name__ =", __name__)
import pkg
print(pkg.VERSION, pkg.greet("main"))
from pkg.sub import leaf
print(leaf.info())
import pkg.sub.leaf as again
print(again is leaf, pkg.sub.leaf is leaf)
import sys
print(sorted(k for k in sys.modules if k.startswith("pkg")))
print(pkg.__name__, pkg.sub.__name__, leaf.__name__, leaf.__package__, pkg.__package__)
print(pkg.__file__.replace("\\", "/").split("/")[-2:], hasattr(pkg, "__path__"), hasattr(leaf, "__path__"))
