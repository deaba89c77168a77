package org.minipy.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** {@code bool(x)}: {@code __bool__}, then {@code __len__}, then true; builtin values by their own rules. */
public final class Truth {
    private Truth() {
    }

    @TruffleBoundary
    public static boolean isTrue(Object value) {
        if (value instanceof Boolean b) {
            return b;
        } else if (value instanceof Long l) {
            return l != 0;
        } else if (value == PNone.NONE) {
            return false;
        } else if (value instanceof String s) {
            return !s.isEmpty();
        } else if (value instanceof Double d) {
            return d != 0.0;
        } else if (value instanceof BigInteger) {
            return true;
        }
        PythonClass cls = TypeOf.classOf(value);
        if (!cls.isBuiltin()) {
            Object boolMethod = Attributes.lookupUserSpecial(cls, "__bool__");
            if (boolMethod != null) {
                Object r = Calls.call(boolMethod, new Object[]{value});
                if (!(r instanceof Boolean b)) {
                    throw Errors.typeError("__bool__ should return bool, returned %s", TypeOf.nameOf(r));
                }
                return b;
            }
            Object lenMethod = Attributes.lookupUserSpecial(cls, "__len__");
            if (lenMethod != null) {
                return Sequences.length(value) != 0;
            }
        }
        if (value instanceof PSubclassValue v) {
            return isTrue(v.getValue());
        } else if (value instanceof PList l) {
            return l.size() != 0;
        } else if (value instanceof PTuple t) {
            return t.size() != 0;
        } else if (value instanceof PDict d) {
            return d.size() != 0;
        } else if (value instanceof PSet s) {
            return s.size() != 0;
        } else if (value instanceof PRange r) {
            return r.length() != 0;
        } else if (value instanceof PBigRange) {
            return true; // never empty: an empty range fits in 64 bits
        } else if (value instanceof PBytes b) {
            return b.getBytes().length != 0;
        }
        if (value instanceof JavaOperators j) {
            return j.isTrue();
        }
        if (Attributes.lookupBuiltinSpecial(cls, "__len__") != null) {
            return Sequences.length(value) != 0;
        }
        return true;
    }
}
