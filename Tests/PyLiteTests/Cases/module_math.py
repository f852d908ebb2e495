import math
from math import sqrt, floor, ceil, pi
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(sqrt(16), floor(-2.5), ceil(-2.5), floor(3), math.trunc(-3.7), math.fabs(-2))
print(math.pow(2, 10), math.exp(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0))
print(round(math.sin(pi / 2), 10), round(math.cos(0), 10), round(math.atan2(1, 1), 10), math.hypot(3, 4), math.degrees(pi), math.radians(180))
print(math.gcd(12, 18), math.gcd(0, 5), math.lcm(4, 6), math.factorial(10), math.comb(5, 2), math.perm(5, 2), math.isqrt(17))
print(math.isclose(0.1 + 0.2, 0.3), math.isinf(1e400), math.isfinite(1.0), math.copysign(3, -0.0), math.fmod(-7, 3), math.modf(3.5))
print(math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10), math.dist((0, 0), (3, 4)))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError", e)
print(type(math.floor(2.5)).__name__, type(math.sqrt(4)).__name__, math.floor(-0.0))
