# Decimal.exp/ln/log10 (correctly rounded, ROUND_HALF_EVEN), logb, number_class and ** with
# non-integral, infinite and NaN exponents at several precisions; the flags each raises.
from decimal import *
vals = ["0", "-0", "1", "-1", "2", "0.5", "10", "100", "1E+5", "1.00", "123.456", "0.000123", "9.999", "2.5", "1E-10", "12345678901234567890", "Infinity", "-Infinity", "NaN", "0E-5", "5E+3", "7", "0.1", "1.0000000001", "0.9999999999999", "1E+100", "1E-100", "230", "-230", "2302585", "-2302585", "3.14159", "1000.000", "0.001"]
def show(f, *a):
    try:
        return repr(f(*a))
    except Exception as e:
        return type(e).__name__
for p in [1, 2, 5, 16, 28, 40, 77]:
    with localcontext() as c:
        c.prec = p
        for v in vals:
            d = Decimal(v)
            c.clear_flags()
            print(p, v, show(d.exp), show(d.ln), show(d.log10), show(d.logb), show(d.number_class), [k.__name__ for k, x in c.flags.items() if x])

# powers
c=getcontext()
for x in ['0','-0','1','-1','2','0.5','Infinity','-Infinity','1.00', '10', '123.456', '1E+10', '0.001', '7']:
  for y in ['0.5','-0.5','Infinity','-Infinity','2','-3','0','NaN', '1.5', '0.333', '-2.25', '10.5', '1E+3']:
    c.clear_flags()
    try: r=Decimal(x)**Decimal(y)
    except Exception as e: r=type(e).__name__
    print(x,y,repr(r),[k.__name__ for k,v in c.flags.items() if v])
