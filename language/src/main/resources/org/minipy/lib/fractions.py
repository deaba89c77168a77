"""fractions -- rational numbers.

MiniPy's own pure-Python implementation of the standard ``fractions``
module, written from the documented behaviour: ``Fraction`` built from ints,
Fractions, floats (exactly) and strings ('3/4', '-1.25e-3'), kept normalised
(positive denominator, lowest terms), with exact arithmetic against ints and
Fractions, float arithmetic against floats, comparisons, CPython's numeric
hash (so Fraction(1, 2) and 0.5 are the same dict key), rounding and
limit_denominator.  There is no ``numbers`` or ``decimal`` module, so
Rational means int (and bool) or Fraction here.
"""

import math as _math
import sys as _sys

__all__ = ['Fraction']

_HASH_MODULUS = _sys.hash_info.modulus
_HASH_INF = _sys.hash_info.inf


def _is_rational(x):
    return isinstance(x, (int, Fraction))


def _digits(text, i, underscores=True):
    """End of a run of decimal digits (with single underscores between
    digits) starting at i; i itself when there is none."""
    j = i
    n = len(text)
    while j < n and text[j].isdecimal():
        j += 1
        if underscores and j + 1 < n and text[j] == '_' and text[j + 1].isdecimal():
            j += 1
    return j


def _parse(text):
    """(numerator, denominator) of a string like ' -3/4 ' or '1.5e-3';
    None when it is not one."""
    s = text.strip()
    n = len(s)
    i = 0
    negative = False
    if i < n and s[i] in '+-':
        negative = s[i] == '-'
        i += 1
    end = _digits(s, i)
    whole = s[i:end]
    i = end
    if i < n and s[i] == '/':
        # numerator/denominator, no spaces around the slash
        end = _digits(s, i + 1)
        if not whole or end == i + 1 or end != n:
            return None
        num, den = int(whole), int(s[i + 1:end])
    else:
        frac = ''
        if i < n and s[i] == '.':
            end = _digits(s, i + 1)
            frac = s[i + 1:end]
            i = end
            if not whole and not frac:
                return None
        elif not whole:
            return None
        exp = 0
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            end = _digits(s, j)
            if end == j:
                return None
            exp = int(s[i + 1:end])
            i = end
        if i != n:
            return None
        num = int(whole or '0')
        den = 1
        if frac:
            frac = frac.replace('_', '')
            scale = 10 ** len(frac)
            num = num * scale + int(frac)
            den = scale
        if exp >= 0:
            num *= 10 ** exp
        else:
            den *= 10 ** -exp
    return (-num if negative else num), den


class Fraction:
    """This class implements rational numbers.

    Fraction(8, 6) == Fraction(4, 3); Fraction() == 0.  Also
    Fraction(another_fraction), Fraction(float), Fraction('3/4') and
    Fraction('-1.5e3').
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if _is_rational(numerator):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % (numerator,))
                numerator, denominator = parsed
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % (numerator,))
        if _normalize:
            g = _math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """Converts a finite float to a rational number, exactly."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        raise NotImplementedError('MiniPy has no decimal module, so '
                                  'Fraction.from_decimal() is not supported')

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # walk the continued-fraction convergents p/q of self until the
        # next denominator would be too big, then compare the last
        # convergent with the best semiconvergent below the limit
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        semi = Fraction(p0 + k * p1, q0 + k * q1)
        convergent = Fraction(p1, q1)
        if abs(convergent - self) <= abs(semi - self):
            return convergent
        return semi

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self

    def __repr__(self):
        return '%s(%s, %s)' % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # -- arithmetic: exact against ints and Fractions, in floats against floats

    def _add(a, b):
        return Fraction(a.numerator * b.denominator + b.numerator * a.denominator,
                        a.denominator * b.denominator)

    def _sub(a, b):
        return Fraction(a.numerator * b.denominator - b.numerator * a.denominator,
                        a.denominator * b.denominator)

    def _mul(a, b):
        return Fraction(a.numerator * b.numerator, a.denominator * b.denominator)

    def _div(a, b):
        # cancel first, so a zero divisor is reported in lowest terms as
        # CPython does: Fraction(3, 4) / 0 -> "Fraction(1, 0)"
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g = _math.gcd(na, nb)
        if g > 1:
            na //= g
            nb //= g
        g = _math.gcd(da, db)
        if g > 1:
            da //= g
            db //= g
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        return Fraction(n, d, _normalize=False)

    def _floordiv(a, b):
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    def _divmod(a, b):
        da, db = a.denominator, b.denominator
        q, r = divmod(a.numerator * db, da * b.numerator)
        return q, Fraction(r, da * db)

    def _mod(a, b):
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    def __add__(a, b):
        if _is_rational(b):
            return a._add(b)
        if isinstance(b, float):
            return float(a) + b
        return NotImplemented

    def __radd__(b, a):
        if _is_rational(a):
            return Fraction._add(a, b)
        if isinstance(a, float):
            return a + float(b)
        return NotImplemented

    def __sub__(a, b):
        if _is_rational(b):
            return a._sub(b)
        if isinstance(b, float):
            return float(a) - b
        return NotImplemented

    def __rsub__(b, a):
        if _is_rational(a):
            return Fraction._sub(a, b)
        if isinstance(a, float):
            return a - float(b)
        return NotImplemented

    def __mul__(a, b):
        if _is_rational(b):
            return a._mul(b)
        if isinstance(b, float):
            return float(a) * b
        return NotImplemented

    def __rmul__(b, a):
        if _is_rational(a):
            return Fraction._mul(a, b)
        if isinstance(a, float):
            return a * float(b)
        return NotImplemented

    def __truediv__(a, b):
        if _is_rational(b):
            return a._div(b)
        if isinstance(b, float):
            return float(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        if _is_rational(a):
            return Fraction._div(a, b)
        if isinstance(a, float):
            return a / float(b)
        return NotImplemented

    def __floordiv__(a, b):
        if _is_rational(b):
            return a._floordiv(b)
        if isinstance(b, float):
            return float(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        if _is_rational(a):
            return Fraction._floordiv(a, b)
        if isinstance(a, float):
            return a // float(b)
        return NotImplemented

    def __divmod__(a, b):
        if _is_rational(b):
            return a._divmod(b)
        if isinstance(b, float):
            return divmod(float(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        if _is_rational(a):
            return Fraction._divmod(a, b)
        if isinstance(a, float):
            return divmod(a, float(b))
        return NotImplemented

    def __mod__(a, b):
        if _is_rational(b):
            return a._mod(b)
        if isinstance(b, float):
            return float(a) % b
        return NotImplemented

    def __rmod__(b, a):
        if _is_rational(a):
            return Fraction._mod(a, b)
        if isinstance(a, float):
            return a % float(b)
        return NotImplemented

    def __pow__(a, b):
        # an integral exponent keeps the result exact; any other gives a float
        if _is_rational(b):
            if b.denominator != 1:
                return float(a) ** float(b)
            power = b.numerator
            if power >= 0:
                return Fraction(a._numerator ** power, a._denominator ** power,
                                _normalize=False)
            if a._numerator >= 0:
                return Fraction(a._denominator ** -power, a._numerator ** -power,
                                _normalize=False)
            return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power,
                            _normalize=False)
        return float(a) ** b

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if _is_rational(a):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    # -- conversions and rounding

    def __float__(a):
        return a._numerator / a._denominator

    def __int__(a):
        return a.__trunc__()

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            # half to even
            q, r = divmod(self._numerator, self._denominator)
            twice = r * 2
            if twice < self._denominator:
                return q
            if twice > self._denominator:
                return q + 1
            return q if q % 2 == 0 else q + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __bool__(a):
        return a._numerator != 0

    # -- hashing and comparisons

    def __hash__(self):
        # CPython's numeric hash: numerator * inverse(denominator) modulo
        # the hash prime, so equal ints, floats and Fractions hash alike
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * inverse)
        if self._numerator < 0:
            h = -h
        return -2 if h == -1 else h

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if _is_rational(b):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, float):
            if _math.isnan(b) or _math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _compare(self, other, op):
        if _is_rational(other):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if _math.isnan(other) or _math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._compare(b, _lt)

    def __gt__(a, b):
        return a._compare(b, _gt)

    def __le__(a, b):
        return a._compare(b, _le)

    def __ge__(a, b):
        return a._compare(b, _ge)

    def __reduce__(self):
        return (type(self), (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)


def _lt(a, b):
    return a < b


def _gt(a, b):
    return a > b


def _le(a, b):
    return a <= b


def _ge(a, b):
    return a >= b
