package org.minipy.runtime;

import java.math.BigInteger;

/** Python's {@code range} over 64-bit bounds: start, stop and a non-zero step. */
public final class PRange implements HasPythonClass {
    public final long start;
    public final long stop;
    public final long step;

    public PRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public long length() {
        if (step > 0) {
            return start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return start > stop ? (start - stop - 1) / -step + 1 : 0;
    }

    public long get(long index) {
        return start + index * step;
    }

    /** {@code item in r}; see {@link PBigRange#contains(BigInteger, BigInteger, BigInteger, Object, PIterator)}. */
    public boolean contains(Object item) {
        if (item instanceof Long v) {
            long len = length();
            if (len == 0) {
                return false;
            }
            long offset = v - start;
            return offset % step == 0 && offset / step >= 0 && offset / step < len;
        }
        return PBigRange.contains(BigInteger.valueOf(start), BigInteger.valueOf(step), BigInteger.valueOf(length()), item,
                        new Iteration.RangeIterator(start, step, length()));
    }

    @Override
    public PythonClass getPythonClass() {
        return BuiltinTypes.RANGE;
    }
}
