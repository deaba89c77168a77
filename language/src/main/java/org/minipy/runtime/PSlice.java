package org.minipy.runtime;

/** Python's {@code slice(start, stop, step)}; each part is any object, None when omitted. */
public final class PSlice implements HasPythonClass {
    public final Object start;
    public final Object stop;
    public final Object step;

    public PSlice(Object start, Object stop, Object step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PythonClass getPythonClass() {
        return BuiltinTypes.SLICE;
    }
}
