package org.minipy.modules;

import org.minipy.runtime.Libm;
import java.math.BigInteger;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.runtime.Attributes;
import org.minipy.runtime.Calls;
import org.minipy.runtime.IntOps;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.PythonObject;

/**
 * The generator of an instance of a {@code random.Random} subclass that overrides {@code random()},
 * {@code getrandbits()} or {@code _randbelow()}: as in CPython's {@code Lib/random.py}, the other methods then draw
 * through the overriding methods ({@code uniform} calls {@code self.random()}, {@code choice} calls
 * {@code self._randbelow()}), and {@code _randbelow} is chosen by {@code Random.__init_subclass__}'s rule: the
 * nearest class in the MRO that defines {@code _randbelow}, {@code getrandbits} or {@code random} decides whether
 * it is the guest's own, built on {@code getrandbits}, or built on {@code random()} alone.
 *
 * <p>None of these methods holds the generator's lock while guest code runs (see {@link RandomModule}).
 */
final class RandomSubclassGenerator extends RandomModule.Generator {
    private enum Below {
        GUEST, GETRANDBITS, RANDOM
    }

    private static final double MAXSIZE = 9007199254740992.0; // 2**53: random()'s resolution

    private final PythonObject self;
    private final Below below;
    private final boolean ownGetrandbits;

    private RandomSubclassGenerator(PythonObject self, Below below, boolean ownGetrandbits) {
        this.self = self;
        this.below = below;
        this.ownGetrandbits = ownGetrandbits;
    }

    /** The generator for a new instance of {@code cls}: a plain one unless a class written in Python overrides. */
    @TruffleBoundary
    static RandomModule.Generator forInstance(PythonObject self, PythonClass cls) {
        Below below = null;
        boolean ownGetrandbits = false;
        boolean ownRandom = false;
        for (PythonClass c : cls.getMro()) {
            Map<String, Object> own = c.getOwnAttributes();
            if (own.get("random") instanceof PBuiltinFunction) {
                break; // Random (or SystemRandom) itself: nothing above it is the program's
            }
            ownRandom |= own.containsKey("random");
            ownGetrandbits |= own.containsKey("getrandbits");
            if (below == null) {
                below = own.containsKey("_randbelow") ? Below.GUEST
                                : own.containsKey("getrandbits") ? Below.GETRANDBITS : own.containsKey("random") ? Below.RANDOM : null;
            }
        }
        if (below == null && !ownRandom && !ownGetrandbits) {
            return new RandomModule.Generator();
        }
        return new RandomSubclassGenerator(self, below == null ? Below.GETRANDBITS : below, ownGetrandbits);
    }

    @Override
    double rawRandom() {
        return super.random();
    }

    @Override
    Object rawGetrandbits(int k) {
        return super.getrandbits(k);
    }

    @Override
    @TruffleBoundary
    double random() {
        return MathModule.toDouble(Calls.call(Attributes.getAttribute(self, "random"), new Object[0]));
    }

    @Override
    @TruffleBoundary
    Object getrandbits(int k) {
        if (!ownGetrandbits) {
            return super.getrandbits(k);
        }
        return Calls.call(Attributes.getAttribute(self, "getrandbits"), new Object[]{(long) k});
    }

    @Override
    @TruffleBoundary
    Object randbelow(Object n) {
        switch (below) {
            case GUEST:
                return Calls.call(Attributes.getAttribute(self, "_randbelow"), new Object[]{n});
            case GETRANDBITS: {
                BigInteger bound = IntOps.toBig(n);
                int k = bound.bitLength();
                Object r = getrandbits(k);
                while (IntOps.toBig(r).compareTo(bound) >= 0) {
                    r = getrandbits(k);
                }
                return r;
            }
            default:
                return randbelowFromRandom(n);
        }
    }

    /** {@code _randbelow_without_getrandbits}: only random()'s 53 bits, with rejection of the uneven top. */
    private Object randbelowFromRandom(Object n) {
        if (!(n instanceof Long bound) || bound >= (1L << 53)) {
            // CPython warns that random() has too few bits for this range, then scales
            return IntOps.normalize(new java.math.BigDecimal(random()).multiply(new java.math.BigDecimal(IntOps.toBig(n)))
                            .setScale(0, java.math.RoundingMode.FLOOR).toBigInteger());
        }
        long maxsize = 1L << 53;
        long rem = maxsize % bound;
        double limit = (double) (maxsize - rem) / MAXSIZE;
        double r = random();
        while (r >= limit) {
            r = random();
        }
        return (long) Math.floor(r * MAXSIZE) % bound;
    }

    @Override
    @TruffleBoundary
    double gaussUnit() {
        Double z = gaussNext;
        gaussNext = null;
        if (z == null) {
            double x2pi = random() * 6.283185307179586;
            double g2rad = Math.sqrt(-2.0 * Libm.LOG.applyAsDouble(1.0 - random()));
            z = Libm.COS.applyAsDouble(x2pi) * g2rad;
            gaussNext = Libm.SIN.applyAsDouble(x2pi) * g2rad;
        }
        return z;
    }
}
