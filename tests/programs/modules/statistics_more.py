# statistics: exact means and variances, medians, quantiles, correlation, NormalDist
import statistics as st
from fractions import Fraction as F
print(st.mean([1, 2]), st.mean([1.5, 2.5, 3]), st.mean([F(1,3), 1]), st.fmean([1,2,3], weights=[3,2,1]))
print(st.median([3,1,2]), st.median([1,2,3,4]), st.median_grouped([1,2,2,3,4,4,4,4,4,5]), st.mode(["a","b","b"]))
print(st.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.variance([F(1,4), F(5,4), F(1,2)]))
print(st.harmonic_mean([40, 60]), st.geometric_mean([54, 24, 36]), st.quantiles([1,2,3,4,5,6,7,8,9,10], n=10, method="inclusive"))
print(st.correlation([1,2,3,4,5],[2,4,5,4,5]), st.covariance([1,2,3,4,5],[2,4,5,4,5]), st.linear_regression([1,2,3,4,5],[2,4,5,4,5]))
n = st.NormalDist(100, 15); print(n, round(n.cdf(130), 6), round(n.pdf(100), 8), n + 5)
try: st.mean([])
except st.StatisticsError as e: print(type(e).__name__, e)
print(st.multimode([1,1,2,2,3]), st.median_low([1,2,3,4]), st.median_high([1,2,3,4]))
