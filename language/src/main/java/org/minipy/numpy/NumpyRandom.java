package org.minipy.numpy;

import org.minipy.runtime.Errors;
import org.minipy.runtime.IntOps;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTuple;

/**
 * {@code numpy.random}: the legacy global RandomState — {@code seed rand random random_sample randn randint normal
 * uniform} — drawing from {@code LegacyRandom} (numpy's MT19937 and legacy algorithms), so a seeded program gets
 * numpy's numbers. One generator per module instance (one per interpreter, like numpy's global state), used under
 * its own lock as numpy's RandomState is; fills of at least 500 numbers run without the GIL ({@link Compute}).
 * Without a seed the generator starts from the clock and the process id.
 */
final class NumpyRandom {
    private NumpyRandom() {
    }

    static PModule create() {
        LegacyRandom rng = new LegacyRandom();
        rng.seed((System.nanoTime() ^ ProcessHandle.current().pid() * 0x9E3779B9L) & 0xFFFFFFFFL);
        PModule m = new PModule("numpy.random");
        add(m, "seed(seed=None)", a -> {
            long s;
            if (a[0] == PNone.NONE) {
                s = System.nanoTime() & 0xFFFFFFFFL;
            } else {
                if (!IntOps.isInt(a[0])) {
                    throw Errors.typeError("Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'");
                }
                java.math.BigInteger v = IntOps.toBig(a[0]);
                if (v.signum() < 0 || v.bitLength() > 32) {
                    throw Errors.valueError("Seed must be between 0 and 2**32 - 1");
                }
                s = v.longValue();
            }
            synchronized (rng) {
                rng.seed(s);
            }
            return PNone.NONE;
        });
        add(m, "rand(*args)", a -> {
            PTuple dims = (PTuple) a[0];
            if (dims.size() == 0) {
                return sample(rng);
            }
            return fill(rng, Convert.shape(dims), i -> rng.randomSample());
        });
        add(m, "randn(*args)", a -> {
            PTuple dims = (PTuple) a[0];
            if (dims.size() == 0) {
                synchronized (rng) {
                    return rng.gauss();
                }
            }
            return fill(rng, Convert.shape(dims), i -> rng.gauss());
        });
        PBuiltinFunction random = add(m, "random(size=None)", a -> a[0] == PNone.NONE ? sample(rng)
                        : fill(rng, Convert.shape(a[0]), i -> rng.randomSample()));
        m.setGlobal("random_sample", random);
        m.setGlobal("sample", random);
        add(m, "uniform(low=0.0, high=1.0, size=None)", a -> {
            double low = Convert.toDouble(a[0]);
            double range = Convert.toDouble(a[1]) - low;
            if (a[2] == PNone.NONE) {
                synchronized (rng) {
                    return low + range * rng.randomSample();
                }
            }
            return fill(rng, Convert.shape(a[2]), i -> low + range * rng.randomSample());
        });
        add(m, "normal(loc=0.0, scale=1.0, size=None)", a -> {
            double loc = Convert.toDouble(a[0]);
            double scale = Convert.toDouble(a[1]);
            if (scale < 0) {
                throw Errors.valueError("scale < 0");
            }
            if (a[2] == PNone.NONE) {
                synchronized (rng) {
                    return rng.normal(loc, scale);
                }
            }
            return fill(rng, Convert.shape(a[2]), i -> rng.normal(loc, scale));
        });
        add(m, "randint(low, high=None, size=None, dtype=None)", a -> {
            long low = Convert.toLong(a[0]);
            long high;
            if (a[1] == PNone.NONE) {
                high = low;
                low = 0;
            } else {
                high = Convert.toLong(a[1]);
            }
            if (low >= high) {
                throw Errors.valueError("low >= high");
            }
            long lo = low;
            long hi = high;
            if (a[2] == PNone.NONE) {
                synchronized (rng) {
                    return rng.randint(lo, hi);
                }
            }
            return fillInts(rng, Convert.shape(a[2]), lo, hi);
        });
        return m;
    }

    private static double sample(LegacyRandom rng) {
        synchronized (rng) {
            return rng.randomSample();
        }
    }

    interface Draw {
        double next(int i);
    }

    /** A new float array of {@code shape}, element by element in C order, without the GIL when big. */
    private static NDArray fill(LegacyRandom rng, int[] shape, Draw draw) {
        int n = NDArray.sizeOf(shape);
        double[] out = Compute.run(n, () -> {
            double[] o = new double[n];
            synchronized (rng) {
                for (int i = 0; i < n; i++) {
                    o[i] = draw.next(i);
                }
            }
            return o;
        });
        return new NDArray(DType.FLOAT64, out, shape);
    }

    /** A new int64 array of {@code shape} of {@code randint(low, high)} draws. */
    private static NDArray fillInts(LegacyRandom rng, int[] shape, long low, long high) {
        int n = NDArray.sizeOf(shape);
        long[] out = Compute.run(n, () -> {
            long[] o = new long[n];
            synchronized (rng) {
                for (int i = 0; i < n; i++) {
                    o[i] = rng.randint(low, high);
                }
            }
            return o;
        });
        return new NDArray(DType.INT64, out, shape);
    }

    private static PBuiltinFunction add(PModule m, String spec, org.minipy.runtime.BuiltinBody body) {
        PBuiltinFunction fn = PBuiltinFunction.create(spec, body);
        fn.setQualifiedName(fn.getName());
        m.setGlobal(fn.getName(), fn);
        return fn;
    }
}
