package org.minipy.runtime;

/** Python's {@code tuple}: an immutable array. A PythonObject so that classes may derive from tuple (namedtuple). */
public final class PTuple extends PythonObject {
    public static final PTuple EMPTY = new PTuple(new Object[0]);

    private final Object[] items;

    public PTuple(Object[] items) {
        super(BuiltinTypes.TUPLE);
        this.items = items;
    }

    public PTuple(PythonClass cls, Object[] items) {
        super(cls);
        this.items = items;
    }

    public int size() {
        return items.length;
    }

    public Object get(int index) {
        return items[index];
    }

    /** The backing array; callers must not modify it. */
    public Object[] getItems() {
        return items;
    }

    /** Whether this is a plain {@code tuple}, not an instance of a subclass (which may override its protocol). */
    public boolean isExact() {
        return getPythonClass() == BuiltinTypes.TUPLE;
    }
}
