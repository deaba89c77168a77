package org.minipy.runtime;

import java.math.BigInteger;

/**
 * A {@code range} whose bounds or length do not fit in 64 bits ({@code range(10**20)}): the same Python class as
 * {@link PRange}, with BigInteger arithmetic. {@link #create} picks the representation, so a range that fits is
 * always a {@link PRange}. Its length cannot be taken with {@code len()} when it exceeds {@code sys.maxsize}, as in
 * CPython; indexing, membership, iteration and repr work.
 */
public final class PBigRange implements HasPythonClass {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    public final BigInteger start;
    public final BigInteger stop;
    public final BigInteger step;

    private PBigRange(BigInteger start, BigInteger stop, BigInteger step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    /** {@code range(start, stop, step)} from ints (Long or BigInteger); step is non-zero. */
    public static Object create(Object start, Object stop, Object step) {
        BigInteger b = IntOps.toBig(start);
        BigInteger e = IntOps.toBig(stop);
        BigInteger s = IntOps.toBig(step);
        if (fitsLong(b) && fitsLong(e) && fitsLong(s) && fitsLong(length(b, e, s))) {
            return new PRange(b.longValue(), e.longValue(), s.longValue());
        }
        return new PBigRange(b, e, s);
    }

    private static boolean fitsLong(BigInteger v) {
        return v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0;
    }

    private static BigInteger length(BigInteger start, BigInteger stop, BigInteger step) {
        if (step.signum() > 0) {
            return start.compareTo(stop) < 0 ? stop.subtract(start).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE) : BigInteger.ZERO;
        }
        return start.compareTo(stop) > 0 ? start.subtract(stop).subtract(BigInteger.ONE).divide(step.negate()).add(BigInteger.ONE) : BigInteger.ZERO;
    }

    public BigInteger length() {
        return length(start, stop, step);
    }

    /** {@code len(r)}: OverflowError past sys.maxsize. */
    public long checkedLength() {
        BigInteger n = length();
        if (!fitsLong(n)) {
            throw Errors.overflowError("Python int too large to convert to C ssize_t");
        }
        return n.longValue();
    }

    /** {@code r[i]} for an integer index (slices of such ranges are not supported). */
    public Object getItem(Object key) {
        if (key instanceof PSlice) {
            throw Errors.overflowError("Python int too large to convert to C ssize_t");
        }
        Object index = PSubclassValue.unwrapInt(key);
        if (!IntOps.isInt(index)) {
            throw Errors.typeError("range indices must be integers or slices, not %s", TypeOf.nameOf(key));
        }
        BigInteger i = IntOps.toBig(index);
        BigInteger n = length();
        if (i.signum() < 0) {
            i = i.add(n);
        }
        if (i.signum() < 0 || i.compareTo(n) >= 0) {
            throw Errors.indexError("range object index out of range");
        }
        return IntOps.normalize(start.add(i.multiply(step)));
    }

    /** {@code item in r}: arithmetic for ints, a scan comparing with {@code ==} for anything else. */
    public boolean contains(Object item) {
        return contains(start, step, length(), item, iterator());
    }

    /**
     * Membership in the range {@code start, start+step, ...} of {@code length} elements, for both representations:
     * ints (and bools) by arithmetic, other values ({@code 1.0 in range(3)}) by comparing each element.
     */
    static boolean contains(BigInteger start, BigInteger step, BigInteger length, Object item, PIterator elements) {
        if (IntOps.isInt(item)) {
            BigInteger[] qr = IntOps.toBig(item).subtract(start).divideAndRemainder(step);
            return qr[1].signum() == 0 && qr[0].signum() >= 0 && qr[0].compareTo(length) < 0;
        }
        Object e;
        while ((e = elements.nextOrNull()) != null) {
            if (Comparisons.eq(e, item)) {
                return true;
            }
        }
        return false;
    }

    /** Range equality for either representation: the same length, first element and (past one element) step. */
    static boolean sameElements(Object a, Object b) {
        BigInteger[] x = shape(a);
        BigInteger[] y = shape(b);
        int n = x[0].compareTo(BigInteger.ONE);
        return x[0].equals(y[0]) && (x[0].signum() == 0 || x[1].equals(y[1]) && (n == 0 || x[2].equals(y[2])));
    }

    /** {length, start, step} of a PRange or PBigRange. */
    private static BigInteger[] shape(Object r) {
        if (r instanceof PBigRange big) {
            return new BigInteger[]{big.length(), big.start, big.step};
        }
        PRange p = (PRange) r;
        return new BigInteger[]{BigInteger.valueOf(p.length()), BigInteger.valueOf(p.start), BigInteger.valueOf(p.step)};
    }

    public String repr() {
        return step.equals(BigInteger.ONE) ? "range(" + start + ", " + stop + ")" : "range(" + start + ", " + stop + ", " + step + ")";
    }

    public PIterator iterator() {
        return new PIterator() {
            private BigInteger next = start;
            private BigInteger remaining = length();

            @Override
            public Object nextOrNull() {
                if (remaining.signum() <= 0) {
                    return null;
                }
                remaining = remaining.subtract(BigInteger.ONE);
                Object v = IntOps.normalize(next);
                next = next.add(step);
                return v;
            }

            @Override
            public PythonClass getPythonClass() {
                return BuiltinTypes.RANGE_ITERATOR;
            }
        };
    }

    @Override
    public PythonClass getPythonClass() {
        return BuiltinTypes.RANGE;
    }
}
