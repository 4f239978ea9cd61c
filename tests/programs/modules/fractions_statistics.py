from fractions import Fraction
import statistics
a, b = Fraction(1, 3), Fraction(2, 7)
print(a, b, a + b, a * b, a / b, a - b, a ** 2, -a, abs(-b), a < b, float(a), Fraction("3/9"), Fraction(0.75), Fraction(6, -4))
print(repr(a), a.numerator, a.denominator, Fraction(1, 3) == Fraction(2, 6), round(Fraction(7, 2)), Fraction(5).limit_denominator(3), Fraction(3.14159).limit_denominator(100))
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(data), statistics.median(data), statistics.mode(data), statistics.pstdev(data), statistics.stdev(data))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.variance([1, 2, 3, 4]), statistics.fmean([1, 2, 4]))
print(statistics.mean([Fraction(1, 2), Fraction(1, 3)]), statistics.multimode("aabbbcccc"), statistics.quantiles(range(1, 11), n=4))
