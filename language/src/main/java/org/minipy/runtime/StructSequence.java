package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * CPython's "struct sequences" ({@code sys.version_info}, {@code sys.float_info}, {@code time.struct_time}): tuple
 * subclasses whose items are also named attributes, printed as {@code sys.float_info(max=..., ...)}. A class made
 * here carries {@code n_sequence_fields}, {@code n_fields} and {@code n_unnamed_fields} as in CPython; the first is
 * how {@link Repr} recognises one.
 */
public final class StructSequence {
    private StructSequence() {
    }

    /** The field names of each struct-sequence class. */
    private static final java.util.Map<PythonClass, String[]> FIELDS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A struct-sequence class named {@code qualname} (e.g. {@code "sys.float_info"}) with the given fields. */
    @TruffleBoundary
    public static PythonClass create(String qualname, String[] fields) {
        String name = qualname.substring(qualname.lastIndexOf('.') + 1);
        PythonClass cls = new PythonClass(name, new PythonClass[]{BuiltinTypes.TUPLE}, true, PythonClass.Layout.TUPLE);
        cls.setQualname(qualname);
        cls.setMessageName(qualname);
        for (int i = 0; i < fields.length; i++) {
            int index = i;
            cls.define(fields[i], Descriptors.GetSet.readonlyMember(fields[i], self -> ((PTuple) self).get(index)));
        }
        cls.define("n_sequence_fields", (long) fields.length);
        cls.define("n_fields", (long) fields.length);
        cls.define("n_unnamed_fields", 0L);
        FIELDS.put(cls, fields.clone());
        return cls;
    }

    /**
     * Makes the class callable as {@code cls(sequence)}, which must have exactly as many items as the class has
     * fields ({@code time.struct_time((...))}).
     */
    @TruffleBoundary
    public static void addConstructor(PythonClass cls) {
        PBuiltinFunction fn = PBuiltinFunction.create("__new__(cls, sequence, dict=None)", a -> {
            if (!(a[1] instanceof PList) && !(a[1] instanceof PTuple) && Iteration.getIterOrNull(a[1]) == null) {
                throw Errors.typeError("constructor requires a sequence");
            }
            Object[] items = Iteration.toArray(a[1]);
            PythonClass target = (PythonClass) a[0];
            long n = (Long) target.lookup("n_sequence_fields");
            if (items.length != n) {
                // CPython's wording, including its grammar
                throw Errors.typeError("%s() takes an %s %d-sequence (%d-sequence given)", target.getQualname(),
                                items.length < n ? "at least" : "at most", n, items.length);
            }
            return new PTuple(target, items);
        });
        fn.setQualifiedName(cls.getName() + ".__new__");
        cls.define("__new__", new Descriptors.PStaticMethod(fn));
    }

    /** Whether {@code cls} is (or derives from) a struct-sequence class. */
    static boolean isStructSequence(PythonClass cls) {
        return cls != BuiltinTypes.TUPLE && fieldsOf(cls) != null;
    }

    private static String[] fieldsOf(PythonClass cls) {
        for (PythonClass c : cls.getMro()) {
            String[] fields = FIELDS.get(c);
            if (fields != null) {
                return fields;
            }
        }
        return null;
    }

    /** {@code sys.float_info(max=1.7976931348623157e+308, max_exp=1024, ...)}. */
    @TruffleBoundary
    static String repr(PTuple value, PythonClass cls) {
        String[] fields = fieldsOf(cls);
        StringBuilder sb = new StringBuilder(cls.getQualname()).append('(');
        for (int i = 0; i < value.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(i < fields.length ? fields[i] : "item" + i).append('=').append(Repr.repr(value.get(i)));
        }
        return sb.append(')').toString();
    }
}
