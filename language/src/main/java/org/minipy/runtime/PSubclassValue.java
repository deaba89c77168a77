package org.minipy.runtime;

/**
 * An instance of a Python subclass of {@code int}, {@code float} or {@code str} ({@code class Upper(str)}): the
 * builtin value (a Long/BigInteger, Double or String) under the subclass, with attribute storage of its own. The
 * builtin behaviour (arithmetic, comparison, hashing, len, indexing, the methods of the base class) works on
 * {@link #unwrap}ped values, so its results are plain ints, floats and strs as in CPython.
 */
public final class PSubclassValue extends PythonObject {
    private final Object value;

    public PSubclassValue(PythonClass cls, Object value) {
        super(cls);
        this.value = value;
    }

    public Object getValue() {
        return value;
    }

    /** The builtin value of a subclass instance; any other object unchanged. */
    public static Object unwrap(Object o) {
        return o instanceof PSubclassValue v ? v.value : o;
    }

    /** The int value of an int subclass instance (an IntEnum member, ...); anything else unchanged. */
    public static Object unwrapInt(Object o) {
        return o instanceof PSubclassValue v && IntOps.isInt(v.value) ? v.value : o;
    }

    /**
     * The builtin value of a subclass instance whose class does not override the special method {@code special}
     * (so the base class's Java behaviour applies, as {@code abs(I(-3))} uses {@code int.__abs__}); else unchanged.
     */
    public static Object unwrapUnlessOverridden(Object o, String special) {
        if (o instanceof PSubclassValue v && Attributes.lookupUserSpecial(v.getPythonClass(), special) == null) {
            return v.value;
        }
        return o;
    }

    /** What a builtin constructor returns for {@code cls}: the value itself for the base class, else a wrapper. */
    public static Object of(PythonClass cls, PythonClass base, Object value) {
        return cls == base ? value : new PSubclassValue(cls, value);
    }
}
