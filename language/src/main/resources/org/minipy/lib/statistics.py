"""statistics -- basic statistics of numeric data.

MiniPy's own pure-Python implementation of a subset of the standard
``statistics`` module, written from the documented behaviour: mean, fmean,
geometric_mean, harmonic_mean, median (and _low, _high, _grouped), mode,
multimode, quantiles, pvariance, variance, pstdev, stdev, covariance,
correlation and linear_regression for ints and floats (no Fraction or
Decimal), and NormalDist.  As in CPython, sums are
exact (rationals kept as integer numerator/denominator pairs) and converted
once at the end, so results match CPython's to the last bit: the mean of
ints is an int when it is whole, and standard deviations are correctly
rounded square roots.
"""

import math as _math
import sys as _sys

__all__ = ['StatisticsError', 'correlation', 'covariance', 'fmean',
           'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean',
           'median', 'median_grouped', 'median_high', 'median_low', 'mode',
           'multimode', 'NormalDist', 'pstdev', 'pvariance', 'quantiles', 'stdev',
           'variance']


class StatisticsError(ValueError):
    pass


def _fraction_class():
    # Fractions can only be in the data once the program imported fractions
    module = _sys.modules.get('fractions')
    return None if module is None else module.Fraction


def _exact(x):
    if isinstance(x, (int, float)) or _is_fraction(x):
        if isinstance(x, float) and not _math.isfinite(x):
            raise ValueError('cannot convert %r to an exact ratio' % (x,))
        return x.as_integer_ratio()
    raise TypeError("can't convert type '%s' to numerator/denominator"
                    % type(x).__name__)


def _is_fraction(x):
    F = _fraction_class()
    return F is not None and isinstance(x, F)


def _wider(T, x):
    # The type of a result: float beats Fraction beats int, as in CPython.
    if T is float or isinstance(x, float):
        return float
    if _is_fraction(x):
        return _fraction_class()
    return T


def _add(a, b):
    n = a[0] * b[1] + b[0] * a[1]
    d = a[1] * b[1]
    g = _math.gcd(n, d)
    return (n // g, d // g)


def _div(a, k):
    n, d = a[0], a[1] * k
    g = _math.gcd(n, d)
    return (n // g, d // g)


def _sum(data):
    """(type, exact total as (num, den), count)."""
    T = int
    total = (0, 1)
    count = 0
    for x in data:
        if not isinstance(x, int):
            if not isinstance(x, float) and not _is_fraction(x):
                raise TypeError("can't convert type '%s' to numerator/denominator"
                                % type(x).__name__)
            T = _wider(T, x)
        count += 1
        total = _add(total, _exact(x))
    return T, total, count


def _convert(value, T):
    n, d = value
    if T is int and d == 1:
        return n
    if T is not int and T is not float:
        return T(n, d)
    return n / d


def _float_sqrt_of_frac(n, m):
    # the float nearest sqrt(n/m): an integer root with 60 or more bits plus
    # a sticky bit for inexactness, rounded once by int -> float
    if n == 0:
        return 0.0
    k = 62 - (n.bit_length() - m.bit_length()) // 2
    if k >= 0:
        num, den = n << (2 * k), m
    else:
        num, den = n, m << (-2 * k)
    a, rem = divmod(num, den)
    r = _math.isqrt(a)
    exact = rem == 0 and r * r == a
    r = 2 * r + (0 if exact else 1)
    return _math.ldexp(float(r), -(k + 1))


def mean(data):
    """The arithmetic mean of data."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(_div(total, n), T)


def fmean(data, weights=None):
    """The mean of data as a float (fast, floating-point arithmetic)."""
    if weights is None:
        data = list(data)
        n = len(data)
        if n == 0:
            raise StatisticsError('fmean requires at least one data point')
        return _math.fsum(data) / n
    data = list(data)
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError('data and weights must be the same length')
    num = _math.fsum(x * w for x, w in zip(data, weights))
    den = _math.fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def _sorted_for_median(data):
    """The data sorted, for the median family; StatisticsError when there is none."""
    data = sorted(data)
    if not data:
        raise StatisticsError('no median for empty data')
    return data


def median(data):
    """The middle value of data (the mean of the two middle values when
    there is an even number of them)."""
    data = _sorted_for_median(data)
    n = len(data)
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """The smaller of the two middle values (the middle one for odd n)."""
    data = _sorted_for_median(data)
    n = len(data)
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """The larger of the two middle values (the middle one for odd n)."""
    data = _sorted_for_median(data)
    n = len(data)
    return data[n // 2]


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    """The most common value (the first one met, on a tie)."""
    counts = _counts(data)
    if not counts:
        raise StatisticsError('no mode for empty data')
    best = max(counts.values())
    for value, c in counts.items():
        if c == best:
            return value


def multimode(data):
    """The most common values, in the order first met."""
    counts = _counts(data)
    if not counts:
        return []
    best = max(counts.values())
    return [value for value, c in counts.items() if c == best]


def _ss(data, c=None):
    """(type, exact sum of squared deviations from the mean (or c), n)."""
    data = list(data)
    T, total, n = _sum(data)
    if n == 0:
        return T, (0, 1), 0
    if c is None:
        mean_n, mean_d = _div(total, n)
    else:
        if not isinstance(c, int):
            T = _wider(T, c)
        mean_n, mean_d = _exact(c)
    ss = (0, 1)
    for x in data:
        xn, xd = _exact(x)
        dn = xn * mean_d - xd * mean_n
        dd = xd * mean_d
        ss = _add(ss, (dn * dn, dd * dd))
    return T, ss, n


def pvariance(data, mu=None):
    """The population variance of data."""
    T, ss, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(_div(ss, n), T)


def variance(data, xbar=None):
    """The sample variance of data."""
    T, ss, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(_div(ss, n - 1), T)


def pstdev(data, mu=None):
    """The population standard deviation of data."""
    T, ss, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    v = _div(ss, n)
    return _float_sqrt_of_frac(v[0], v[1])


def stdev(data, xbar=None):
    """The sample standard deviation of data."""
    T, ss, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    v = _div(ss, n - 1)
    return _float_sqrt_of_frac(v[0], v[1])


def geometric_mean(data):
    """The geometric mean of positive data, as a float."""
    try:
        return _math.exp(fmean(map(_math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def _no_negatives(values, message):
    for x in values:
        if x < 0:
            raise StatisticsError(message)
        yield x


def harmonic_mean(data, weights=None):
    """The harmonic mean of non-negative data: n / sum(w/x); 0 when a value
    is 0."""
    negative = 'harmonic mean does not support negative values'
    data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if not isinstance(x, (int, float)) and not _is_fraction(x):
            raise TypeError('unsupported type')
        if x < 0:
            raise StatisticsError(negative)
        return x
    if weights is None:
        weights = [1] * n
        total_weight = (n, 1)
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        total_weight = _sum(_no_negatives(weights, negative))[1]
    try:
        T, total, _ = _sum([w / x if w else 0
                            for w, x in zip(weights, _no_negatives(data, negative))])
    except ZeroDivisionError:
        return 0
    if total[0] <= 0:
        raise StatisticsError('Weighted sum must be positive')
    # the exact ratio total_weight / total, rounded once
    return _convert((total_weight[0] * total[1], total_weight[1] * total[0]), T)


def median_grouped(data, interval=1):
    """The median of continuous data grouped in classes of width interval
    around their values (the 50th percentile, interpolated)."""
    data = _sorted_for_median(data)
    n = len(data)
    x = data[n // 2]
    first = 0
    while data[first] < x:
        first += 1
    last = first
    while last + 1 < n and data[last + 1] == x:
        last += 1
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower = x - interval / 2.0
    return lower + interval * (n / 2 - first) / (last - first + 1)


def quantiles(data, *, n=4, method='exclusive'):
    """The n-1 cut points that divide data into n intervals of equal
    probability, interpolated linearly ('exclusive' treats data as a sample,
    'inclusive' as the whole population)."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    size = len(data)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    cuts = []
    if method == 'inclusive':
        m = size - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            cuts.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return cuts
    if method == 'exclusive':
        m = size + 1
        for i in range(1, n):
            j = min(max(i * m // n, 1), size - 1)
            delta = i * m - j * n
            cuts.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return cuts
    raise ValueError('Unknown method: %r' % (method,))


def _paired(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('%s requires that both inputs have same number '
                              'of data points' % what)
    if n < 2:
        raise StatisticsError('%s requires at least two data points' % what)
    return n


def _deviation_sums(x, y, n):
    # (sum of (x-xbar)(y-ybar), sum of (x-xbar)**2, sum of (y-ybar)**2, xbar, ybar)
    xbar = _math.fsum(x) / n
    ybar = _math.fsum(y) / n
    sxy = _math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = _math.fsum((xi - xbar) * (xi - xbar) for xi in x)
    syy = _math.fsum((yi - ybar) * (yi - ybar) for yi in y)
    return sxy, sxx, syy, xbar, ybar


def covariance(x, y, /):
    """The sample covariance of two inputs of the same length."""
    n = _paired(x, y, 'covariance')
    xbar = _math.fsum(x) / n
    ybar = _math.fsum(y) / n
    sxy = _math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two inputs."""
    n = _paired(x, y, 'correlation')
    sxy, sxx, syy, _, _ = _deviation_sums(x, y, n)
    try:
        return sxy / _math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant') from None


_LinearRegression = None


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the ordinary least-squares line through the
    points (with proportional=True, through the origin)."""
    global _LinearRegression
    n = _paired(x, y, 'linear regression')
    if proportional:
        sxy = _math.fsum(xi * yi for xi, yi in zip(x, y))
        sxx = _math.fsum(xi * xi for xi in x)
    else:
        sxy, sxx, _, xbar, ybar = _deviation_sums(x, y, n)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant') from None
    intercept = 0.0 if proportional else ybar - slope * xbar
    if _LinearRegression is None:
        from collections import namedtuple
        _LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'),
                                       module='statistics')
    return _LinearRegression(slope=slope, intercept=intercept)


# Coefficients of Wichura's rational approximations to the inverse normal
# CDF (Algorithm AS241, Applied Statistics 37, 1988), highest power first.
# Evaluated by Horner's rule in this order they give CPython's results
# bit for bit.
_AS241_CENTRAL_NUM = (2509.0809287301226727, 33430.575583588128105,
                      67265.770927008700853, 45921.953931549871457,
                      13731.693765509461125, 1971.5909503065514427,
                      133.14166789178437745, 3.387132872796366608)
_AS241_CENTRAL_DEN = (5226.495278852854561, 28729.085735721942674,
                      39307.89580009271061, 21213.794301586595867,
                      5394.1960214247511077, 687.1870074920579083,
                      42.313330701600911252, 1.0)
_AS241_NEAR_NUM = (7.7454501427834140764e-4, 0.0227238449892691845833,
                   0.24178072517745061177, 1.27045825245236838258,
                   3.64784832476320460504, 5.7694972214606914055,
                   4.6303378461565452959, 1.42343711074968357734)
_AS241_NEAR_DEN = (1.05075007164441684324e-9, 5.475938084995344946e-4,
                   0.0151986665636164571966, 0.14810397642748007459,
                   0.68976733498510000455, 1.6763848301838038494,
                   2.05319162663775882187, 1.0)
_AS241_TAIL_NUM = (2.01033439929228813265e-7, 2.71155556874348757815e-5,
                   0.0012426609473880784386, 0.026532189526576123093,
                   0.29656057182850489123, 1.7848265399172913358,
                   5.4637849111641143699, 6.6579046435011037772)
_AS241_TAIL_DEN = (2.04426310338993978564e-15, 1.4215117583164458887e-7,
                   1.8463183175100546818e-5, 7.868691311456132591e-4,
                   0.0148753612908506148525, 0.13692988092273580531,
                   0.59983220655588793769, 1.0)


def _horner(coefficients, r):
    acc = coefficients[0]
    for c in coefficients[1:]:
        acc = acc * r + c
    return acc


def _standard_normal_quantile(p):
    q = p - 0.5
    if _math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        return (_horner(_AS241_CENTRAL_NUM, r) * q) / _horner(_AS241_CENTRAL_DEN, r)
    r = _math.sqrt(-_math.log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        r = r - 1.6
        x = _horner(_AS241_NEAR_NUM, r) / _horner(_AS241_NEAR_DEN, r)
    else:
        r = r - 5.0
        x = _horner(_AS241_TAIL_NUM, r) / _horner(_AS241_TAIL_DEN, r)
    return -x if q < 0.0 else x


_SQRT2 = _math.sqrt(2.0)


class NormalDist:
    "Normal distribution of a random variable"

    __slots__ = ('_mu', '_sigma')

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        data = list(data)
        sigma = stdev(data)
        return cls(float(mean(data)), sigma)

    def samples(self, n, *, seed=None):
        import random
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        return [gauss(self._mu, self._sigma) for _ in range(n)]

    def pdf(self, x):
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        d = x - self._mu
        return _math.exp(d * d / (-2.0 * variance)) / _math.sqrt(_math.tau * variance)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + _math.erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return self._mu + (_standard_normal_quantile(p) * self._sigma)

    def quantiles(self, n=4):
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        # the narrower (then lower) distribution first, so that
        # a.overlap(b) == b.overlap(a) exactly
        a, b = self, other
        if (b._sigma, b._mu) < (a._sigma, a._mu):
            a, b = b, a
        va, vb = a.variance, b.variance
        if not va or not vb:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = vb - va
        dm = _math.fabs(b._mu - a._mu)
        if not dv:
            return 1.0 - _math.erf(dm / (2.0 * a._sigma * _SQRT2))
        # the two points where the densities cross
        base = a._mu * vb - b._mu * va
        spread = a._sigma * b._sigma * _math.sqrt(dm * dm + dv * _math.log(vb / va))
        x1 = (base + spread) / dv
        x2 = (base - spread) / dv
        return 1.0 - (_math.fabs(b.cdf(x1) - a.cdf(x1)) +
                      _math.fabs(b.cdf(x2) - a.cdf(x2)))

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu, _math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu, _math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __rsub__(self, other):
        return -(self - other)

    def __mul__(self, k):
        return NormalDist(self._mu * k, self._sigma * _math.fabs(k))

    __rmul__ = __mul__

    def __truediv__(self, k):
        return NormalDist(self._mu / k, self._sigma / _math.fabs(k))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    def __eq__(self, other):
        if not isinstance(other, NormalDist):
            return NotImplemented
        return self._mu == other._mu and self._sigma == other._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return '%s(mu=%r, sigma=%r)' % (type(self).__name__, self._mu, self._sigma)
