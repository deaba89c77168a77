"""statistics -- basic statistics of numeric data.

MiniPy's own pure-Python implementation of a subset of the standard
``statistics`` module, written from the documented behaviour: mean, fmean,
geometric_mean, harmonic_mean, median (and _low, _high, _grouped), mode,
multimode, quantiles, pvariance, variance, pstdev, stdev, covariance,
correlation and linear_regression for ints and floats (no Fraction, Decimal
or NormalDist).  As in CPython, sums are
exact (rationals kept as integer numerator/denominator pairs) and converted
once at the end, so results match CPython's to the last bit: the mean of
ints is an int when it is whole, and standard deviations are correctly
rounded square roots.
"""

import math as _math

__all__ = ['StatisticsError', 'correlation', 'covariance', 'fmean',
           'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean',
           'median', 'median_grouped', 'median_high', 'median_low', 'mode',
           'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev',
           'variance']


class StatisticsError(ValueError):
    pass


def _exact(x):
    if isinstance(x, (int, float)):
        if isinstance(x, float) and not _math.isfinite(x):
            raise ValueError('cannot convert %r to an exact ratio' % (x,))
        return x.as_integer_ratio()
    raise TypeError("can't convert type '%s' to numerator/denominator"
                    % type(x).__name__)


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
        if isinstance(x, float):
            T = float
        elif not isinstance(x, int):
            raise TypeError("can't convert type '%s' to numerator/denominator"
                            % type(x).__name__)
        count += 1
        total = _add(total, _exact(x))
    return T, total, count


def _convert(value, T):
    n, d = value
    if T is int and d == 1:
        return n
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
        if isinstance(c, float):
            T = float
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
        if not isinstance(x, (int, float)):
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
