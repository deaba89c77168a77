package org.minipy.runtime;

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

    @Override
    public PythonClass getPythonClass() {
        return BuiltinTypes.RANGE;
    }
}
