# Decimal methods of the total order and magnitudes: compare_total(_mag), max_mag/min_mag,
# compare_signal, scaleb, canonical/radix/is_subnormal, and the Context forms.
from decimal import Decimal as D, InvalidOperation, getcontext, Context, ExtendedContext
vals = [D('1.1'), D('1.10'), D('-1.1'), D('-1.10'), D('0'), D('-0'), D('0E+3'), D('Inf'), D('-Inf'), D('NaN'), D('NaN5'), D('-NaN'), D('sNaN'), D('2'), D('-3')]
for a in vals:
    print(a, [int(a.compare_total(b)) for b in vals], [int(a.compare_total_mag(b)) for b in vals])

for a, b in [(D(2), D(-3)), (D(-3), D(2)), (D('1.0'), D('-1')), (D('-1'), D('1.00')), (D('NaN'), D(1)), (D(5), D('NaN'))]:
    print(a.max_mag(b), a.min_mag(b), a.max(b), a.min(b))
print(D(5).canonical(), D(5).is_canonical(), D(3).radix(), D('1e-999999').is_subnormal(), D('1e-1000000').is_subnormal(), D(1).is_subnormal(), D(0).is_subnormal())
print(D('1.23').scaleb(2), D('1.23').scaleb(-5), D('Inf').scaleb(3), D(7).scaleb(D('2')))
try:
    D(1).scaleb(D('1.5'))
except InvalidOperation as e:
    print('InvalidOperation', e)
print(D(1).compare_signal(D(2)), D(2).compare_signal(2), ExtendedContext.compare_signal(D('NaN'), D(1)) if hasattr(ExtendedContext, 'compare_signal') else '')
try:
    D('NaN').compare_signal(D(1))
except InvalidOperation as e:
    print('InvalidOperation', e)
print(D('NaN').compare(D(1)))
