package org.minipy.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code hash()}: CPython's numeric hash (an int is reduced modulo the Mersenne prime 2**61 - 1, and a float that
 * equals an int hashes like it, so {@code hash(1) == hash(1.0) == hash(True)}), CPython's tuple hash, user
 * {@code __hash__}, and TypeError for unhashable builtins. String hashes are randomised in CPython, so any
 * well-mixed hash will do for them unless PYTHONHASHSEED fixes them ({@link StrHash}).
 */
public final class Hashing {
    private Hashing() {
    }

    private static final long MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    @TruffleBoundary
    public static long hash(Object value) {
        if (value instanceof Long l) {
            return hashLong(l);
        } else if (value instanceof String s) {
            return hashString(s);
        } else if (value instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (value instanceof Double d) {
            return hashDouble(d);
        } else if (value instanceof BigInteger big) {
            long h = big.abs().mod(BIG_MODULUS).longValue();
            h = big.signum() < 0 ? -h : h;
            return h == -1 ? -2 : h;
        } else if (value instanceof PTuple t) {
            return hashTuple(t);
        } else if (value instanceof PBytes b && b.getPythonClass() == BuiltinTypes.BYTES) {
            return hashBytes(b.getBytes());
        }
        PythonClass cls = TypeOf.classOf(value);
        Object user = cls.isBuiltin() ? null : cls.lookup("__hash__");
        if (user == PNone.NONE) {
            throw Errors.typeError("unhashable type: '%s'", cls.getMessageName());
        }
        if (user != null && !(user instanceof PBuiltinFunction)) {
            Object h = Calls.call(user, new Object[]{value});
            if (!(h instanceof Long) && !(h instanceof BigInteger) && !(h instanceof Boolean)) {
                throw Errors.typeError("__hash__ method should return an integer");
            }
            if (h instanceof Long l) {
                // a result that fits a machine word is used as it is (only -1 is reserved), as in CPython
                return l == -1 ? -2 : l;
            }
            return hash(h);
        }
        if (value instanceof PList || value instanceof PDict || (value instanceof PSet s && !s.isFrozen()) || value instanceof PSlice ||
                        value instanceof PDictView v && v.isSetLike()) {
            throw Errors.typeError("unhashable type: '%s'", cls.getMessageName());
        }
        if (value instanceof PSet s) {
            return s.frozenHash();
        } else if (value instanceof PSubclassValue v) {
            return hash(v.getValue());
        } else if (value instanceof PBoundMethod m) {
            // Equal bound methods (same function, same self) hash alike.
            return (Identity.id(m.getSelf()) >> 4) ^ (Identity.id(m.getFunction()) >> 4);
        }
        // Builtin classes that hash by value in Java (range, bytes): their __hash__ method.
        Object builtin = Attributes.lookupBuiltinSpecial(cls, "__hash__");
        if (builtin != null) {
            Object h = Calls.call(builtin, new Object[]{value});
            return h instanceof Long l ? l : hash(h); // already a hash: not reduced again
        }
        return Identity.id(value) >> 4;
    }

    /** CPython's hash when PYTHONHASHSEED fixes it (set order then shows), else a cheap one (CPython's is random). */
    public static long hashString(String s) {
        long[] key = PythonContext.get().getStrHashKey();
        if (key != null) {
            return StrHash.hashString(s, key);
        }
        return s.hashCode() * 1000003L ^ s.length();
    }

    /** As {@link #hashString} for bytes. */
    public static long hashBytes(byte[] b) {
        long[] key = PythonContext.get().getStrHashKey();
        if (key != null) {
            return StrHash.hashBytes(b, key);
        }
        return java.util.Arrays.hashCode(b);
    }

    public static long hashLong(long l) {
        long h;
        if (l >= 0) {
            h = l % MODULUS;
        } else {
            h = -((((-(l + 1)) % MODULUS) + 1) % MODULUS); // -(|l| mod M) without negating Long.MIN_VALUE
        }
        return h == -1 ? -2 : h;
    }

    public static long hashDouble(double d) {
        if (Double.isNaN(d)) {
            return 0;
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? 314159 : -314159;
        }
        if (d == Math.rint(d) && Math.abs(d) < 9.2e18) {
            return hashLong((long) d);
        }
        // CPython's algorithm: the exact rational value reduced modulo 2**61 - 1.
        int sign = 1;
        double m = d;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        int e = Math.getExponent(m) + 1;
        m = Math.scalb(m, -e); // frexp: m in [0.5, 1) (2**-e would overflow for the largest floats)
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | (x >>> (61 - 28));
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= MODULUS) {
                x -= MODULUS;
            }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & MODULUS) | (x >>> (61 - e));
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    /** CPython 3.8+'s tuple hash (an xxHash variant), so sets of tuples order as in CPython. */
    public static long hashTuple(PTuple t) {
        final long prime1 = 0x9E3779B185EBCA87L;
        final long prime2 = 0xC2B2AE3D27D4EB4FL;
        final long prime5 = 0x27D4EB2F165667C5L;
        long acc = prime5;
        for (Object item : t.getItems()) {
            long lane = hash(item);
            acc += lane * prime2;
            acc = Long.rotateLeft(acc, 31);
            acc *= prime1;
        }
        acc += t.size() ^ (prime5 ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }
}
