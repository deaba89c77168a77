package org.minipy.runtime;

/**
 * A variable shared between a function and the functions nested in it (a closure cell). The value is null while
 * the variable is unbound.
 */
public final class PCell implements HasPythonClass {
    private volatile Object value;

    public PCell() {
    }

    public PCell(Object value) {
        this.value = value;
    }

    public Object get() {
        return value;
    }

    public void set(Object value) {
        this.value = value;
    }

    @Override
    public PythonClass getPythonClass() {
        return BuiltinTypes.CELL;
    }
}
