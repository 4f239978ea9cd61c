# math special functions and sys info struct sequences
import math, sys
print(math.erf(0.5), math.erfc(0.5), math.nextafter(1.0, 0.0), math.ulp(2.0 ** 52), math.remainder(10, 3))
print(math.exp2(10), math.acosh(2.0), math.asinh(1.0), math.atanh(0.5), math.sumprod([1, 2, 3], [4, 5, 6]))
print(math.gamma(5), math.lgamma(1), math.gamma(0.5) ** 2 - math.pi < 1e-12)
for bad in (0, -1):
    try:
        math.gamma(bad)
    except ValueError as e:
        print("gamma", bad, e)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.mant_dig, sys.float_info.radix)
print(sys.int_info.bits_per_digit, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.width)
print(sys.float_info)
print(repr(sys.version_info), sys.version_info.major, sys.version_info[:2], tuple(sys.version_info)[3])
print(sys.float_info[0] == sys.float_info.max, len(sys.float_info), type(sys.float_info).__name__)
