# statistics across its API: result types (int, float, Fraction, Decimal), errors, quantiles,
# grouped medians, correlation and regression, NormalDist arithmetic.
import statistics as st
from decimal import Decimal
from fractions import Fraction as F


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


samples = [[1, 2, 3, 4, 4], [2.5, 3.25, 5.5, 11.25, 11.75], [F(1, 2), F(3, 4), F(5, 4)],
           [Decimal('1.5'), Decimal('2.25'), Decimal('4')], [7, 7], [1e300, 1e300, -1e300],
           [True, False, True]]
for data in samples:
    for name in ('mean', 'fmean', 'median', 'median_low', 'median_high', 'median_grouped',
                 'mode', 'multimode', 'variance', 'pvariance', 'stdev', 'pstdev',
                 'geometric_mean', 'harmonic_mean'):
        attempt(f'{name}({data!r})', lambda: getattr(st, name)(data))
print(st.variance([1, 2, 3, 4], 2.5), st.pvariance([1, 2, 3, 4], 2), st.stdev([1.5, 2.5], 2.0),
      st.pstdev([F(1), F(2)], F(3, 2)))
for name in ('variance', 'pvariance', 'stdev', 'pstdev', 'median', 'mean', 'mode', 'fmean'):
    attempt(f'{name} empty', lambda: getattr(st, name)([]))
    attempt(f'{name} one', lambda: getattr(st, name)([5]))
for n in (1, 2, 3, 4, 5, 10):
    for method in ('exclusive', 'inclusive'):
        print(n, method, st.quantiles([1, 3, 4, 7, 9, 12, 20], n=n, method=method),
              st.quantiles([F(1), F(5, 2), 6, 10], n=n, method=method),
              st.quantiles([2.5, 3.5], n=n, method=method))
attempt('q n', lambda: st.quantiles([1, 2], n=0))
attempt('q one', lambda: st.quantiles([3], n=4))
attempt('q none', lambda: st.quantiles([], n=4))
attempt('q method', lambda: st.quantiles([1, 2], method='x'))
for data, width in [([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], 1), ([52, 52, 53, 54], 2), ([1, 3], 0.5), ([5], 10)]:
    print(st.median_grouped(data, width), st.median_grouped(data))
attempt('grouped str', lambda: st.median_grouped(['a', 'b'], 1))
attempt('grouped interval', lambda: st.median_grouped([1, 2], 'x'))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x), st.correlation(x, [9 - v for v in x]),
      st.correlation(x, y), st.correlation(x, [v * v for v in x], method='ranked'))
print(st.linear_regression(x, [2 * v + 1 for v in x]), st.linear_regression(x, y),
      st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
r = st.linear_regression([1, 2], [3, 5])
print(r.slope, r.intercept, tuple(r), type(r).__name__)
attempt('cov len', lambda: st.covariance([1, 2], [1]))
attempt('cov short', lambda: st.covariance([1], [1]))
attempt('corr const', lambda: st.correlation([1, 1, 1], [1, 2, 3]))
attempt('corr method', lambda: st.correlation([1, 2], [1, 2], method='x'))
attempt('reg const', lambda: st.linear_regression([1, 1], [1, 2]))
attempt('reg len', lambda: st.linear_regression([1, 2], [1]))
attempt('hmean neg', lambda: st.harmonic_mean([1, -2]))
attempt('gmean neg', lambda: st.geometric_mean([1, -2]))
print(st.harmonic_mean([40, 60], weights=[5, 30]), st.fmean([1, 2, 3], weights=[3, 2, 1]),
      st.harmonic_mean([0, 5]), st.mean([F(1, 3), 2]), st.mean([Decimal('0.1'), 1]))
attempt('fmean w', lambda: st.fmean([1, 2], weights=[1]))

N = st.NormalDist(10, 2)
M = st.NormalDist(1, 1.5)
print(N, N + M, N - M, N + 3, 3 + N, N - 1, N * 2, 2 * N, N / 4, N * -1, N == st.NormalDist(10, 2), N == 5)
print(N.mean, N.median, N.mode, N.stdev, N.variance, round(N.pdf(11), 12), round(N.cdf(12), 12),
      hash(N) == hash(st.NormalDist(10, 2)))
print(st.NormalDist.from_samples([1, 2, 3, 4]), st.NormalDist())
attempt('sigma', lambda: st.NormalDist(0, -1))
attempt('pdf0', lambda: st.NormalDist(0, 0).pdf(1))
attempt('cdf0', lambda: st.NormalDist(0, 0).cdf(1))
attempt('from one', lambda: st.NormalDist.from_samples([1]))
print(issubclass(st.StatisticsError, ValueError))
print(-N, +N, 1 - N, N - 1, st.NormalDist(2, 0.5) - st.NormalDist(1, 1.2))
for data in ([1.1, 2.2, 3.3], [0.1] * 7 + [0.3], [F(1, 3), F(2, 3), 1], [Decimal('0.1'), Decimal('0.25'), Decimal('0.7')]):
    print(st.variance(data, data[0]), st.pvariance(data, data[1]), st.stdev(data, data[0]), st.pstdev(data))
for d in ([float('inf'), 1.0], [float('nan'), 2.0]):
    print(st.variance(d), st.pvariance(d, 1.0), st.mean(d))
    attempt('stdev special', lambda: st.stdev(d))
print(st.stdev([Decimal(1), Decimal(2), Decimal(4)]), st.pstdev([Decimal(2), Decimal(8)]), st.harmonic_mean([Decimal('2.5')]))
