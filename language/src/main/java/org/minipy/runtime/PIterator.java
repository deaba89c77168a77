package org.minipy.runtime;

/**
 * A Java-implemented iterator (over a list, range, dict, generator...). {@link #nextOrNull()} returns null when the
 * iteration is over instead of raising StopIteration, which keeps {@code for} loops over builtins exception-free.
 */
public abstract class PIterator implements HasPythonClass {
    /** The next element, or null when exhausted. */
    public abstract Object nextOrNull();

    /** {@code __next__}: the next element, or StopIteration (a generator overrides this to carry its return value). */
    public Object next() {
        Object v = nextOrNull();
        if (v == null) {
            throw Errors.stopIteration(PNone.NONE);
        }
        return v;
    }

    @Override
    public PythonClass getPythonClass() {
        return BuiltinTypes.ITERATOR;
    }
}
