package org.minipy.modules;

import org.minipy.runtime.Libm;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minipy.ast.Operator.Binary;
import org.minipy.ast.Operator.Compare;
import org.minipy.runtime.Arith;
import org.minipy.runtime.Attributes;
import org.minipy.runtime.BuiltinBody;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Calls;
import org.minipy.runtime.Comparisons;
import org.minipy.runtime.Descriptors;
import org.minipy.runtime.Errors;
import org.minipy.runtime.FloatOps;
import org.minipy.runtime.Hashing;
import org.minipy.runtime.IntOps;
import org.minipy.runtime.Iteration;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PList;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PRange;
import org.minipy.runtime.PSubclassValue;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonObject;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.Repr;
import org.minipy.runtime.Sequences;
import org.minipy.runtime.Truth;
import org.minipy.runtime.TypeOf;

/**
 * Python's {@code random} module, producing CPython's numbers for the same seed.
 *
 * <p>Two layers, as in CPython:
 * <ul>
 * <li>{@link Generator} is the C part ({@code _random.Random} in {@code Modules/_randommodule.c}): the Mersenne
 * Twister MT19937 with its seeding ({@code init_genrand}, {@code init_by_array}), {@code random()} and
 * {@code getrandbits(k)}.</li>
 * <li>The module functions are the Python part ({@code Lib/random.py}): {@code randrange}, {@code shuffle},
 * {@code sample}, {@code gauss} and so on, written here step by step after CPython 3.11's code, because the exact
 * sequence of calls into the generator decides the numbers a program sees.</li>
 * </ul>
 *
 * <p>State: every call of {@link #createMembers()} makes a fresh generator, so each interpreter context that imports
 * {@code random} has its own. The generator's methods are synchronized; a lock is never held while guest code runs
 * (user {@code __len__}, {@code __getitem__}, arithmetic dunders), so a thread that drops the GIL inside such code
 * can never deadlock against one waiting for the generator.
 *
 * <p>The module-level functions share one hidden generator, as in CPython; {@code Random} instances have their own
 * (a {@link RandomSubclassGenerator} for a subclass that overrides {@code random}, {@code getrandbits} or
 * {@code _randbelow}, so that the other methods draw through the overrides).
 * {@code SystemRandom} is a Random seeded from the system's entropy. Not provided: {@code sample}'s support for user-defined Sequence subclasses.
 */
public final class RandomModule {
    private RandomModule() {
    }

    // Constants of Lib/random.py, as CPython computes them (repr values checked against CPython 3.11).
    private static final double NV_MAGICCONST = 1.7155277699214135;  // 4 * exp(-0.5) / sqrt(2.0)
    private static final double TWOPI = 6.283185307179586;           // math.tau
    private static final double LOG4 = 1.3862943611198906;           // log(4.0)
    private static final double SG_MAGICCONST = 2.504077396776274;   // 1.0 + log(4.5)

    /**
     * The Mersenne Twister MT19937 exactly as CPython's {@code _randommodule.c} uses it (after Matsumoto and
     * Nishimura's reference {@code mt19937ar.c}). 32-bit unsigned arithmetic is done on Java ints: addition,
     * subtraction and multiplication wrap modulo 2**32 the same way; right shifts must be unsigned ({@code >>>}).
     */
    static class Generator {
        private static final int N = 624;
        private static final int M = 397;
        private static final int MATRIX_A = 0x9908b0df;
        private static final int UPPER_MASK = 0x80000000;
        private static final int LOWER_MASK = 0x7fffffff;

        private final int[] mt = new int[N];
        private int index = N + 1;
        /** {@code Random.gauss_next} of random.py: the second value of the last Box-Muller pair, or null. */
        Double gaussNext;

        /** {@code init_genrand}: fills the state from one 32-bit seed. */
        private void initGenrand(int s) {
            mt[0] = s;
            for (int i = 1; i < N; i++) {
                mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
            }
            index = N;
        }

        /** {@code init_by_array}: seeds from an array of 32-bit words (the seed's digits, least significant first). */
        private void initByArray(int[] key) {
            initGenrand(19650218);
            int i = 1;
            int j = 0;
            for (int k = Math.max(N, key.length); k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
                i++;
                j++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
                if (j >= key.length) {
                    j = 0;
                }
            }
            for (int k = N - 1; k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
                i++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
            }
            mt[0] = 0x80000000; // MSB is 1, assuring a non-zero initial array
        }

        /** {@code genrand_uint32}: the next 32 random bits. The caller holds the lock. */
        private int nextWord() {
            int y;
            if (index >= N) {
                int kk;
                for (kk = 0; kk < N - M; kk++) {
                    y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                    mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
                }
                for (; kk < N - 1; kk++) {
                    y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                    mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
                }
                y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
                mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
                index = 0;
            }
            y = mt[index++];
            y ^= (y >>> 11);
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            y ^= (y >>> 18);
            return y;
        }

        /** Seeds from a non-negative integer: its 32-bit words, least significant first ({@code random_seed}). */
        synchronized void seed(BigInteger n) {
            int bits = n.bitLength();
            int words = bits == 0 ? 1 : (bits - 1) / 32 + 1;
            int[] key = new int[words];
            for (int w = 0; w < words; w++) {
                key[w] = n.shiftRight(32 * w).intValue();
            }
            initByArray(key);
            gaussNext = null;
        }

        /** {@code seed(None)}: 624 words of OS entropy, as CPython's {@code random_seed_urandom}. */
        synchronized void seedFromEntropy() {
            SecureRandom entropy = new SecureRandom();
            int[] key = new int[N];
            for (int w = 0; w < N; w++) {
                key[w] = entropy.nextInt();
            }
            initByArray(key);
            gaussNext = null;
        }

        /** {@code random()}: a 53-bit float in [0, 1), from two words: {@code (a*2**26 + b) / 2**53}. */
        synchronized double random() {
            int a = nextWord() >>> 5;
            int b = nextWord() >>> 6;
            return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
        }

        /** {@code Random.random} itself, the generator's own numbers even where a subclass overrides random(). */
        double rawRandom() {
            return random();
        }

        /** {@code Random.getrandbits} itself (see {@link #rawRandom}). */
        Object rawGetrandbits(int k) {
            return getrandbits(k);
        }

        /** {@code getrandbits(k)} for k >= 0: words are filled least significant first, the last one truncated. */
        synchronized Object getrandbits(int k) {
            if (k == 0) {
                return 0L;
            }
            if (k <= 32) {
                return (long) (nextWord() >>> (32 - k)) & 0xffffffffL;
            }
            int words = (k - 1) / 32 + 1;
            // Big-endian bytes for BigInteger; a leading zero byte keeps the value unsigned.
            byte[] bytes = new byte[words * 4 + 1];
            for (int w = 0; w < words; w++, k -= 32) {
                int r = nextWord();
                if (k < 32) {
                    r >>>= (32 - k);
                }
                int at = bytes.length - 4 * (w + 1);
                bytes[at] = (byte) (r >>> 24);
                bytes[at + 1] = (byte) (r >>> 16);
                bytes[at + 2] = (byte) (r >>> 8);
                bytes[at + 3] = (byte) r;
            }
            return IntOps.normalize(new BigInteger(bytes));
        }

        /** {@code _randbelow_with_getrandbits(n)} for n > 0: rejection sampling on n.bit_length() bits. */
        synchronized Object randbelow(Object n) {
            if (n instanceof Long bound) {
                int k = 64 - Long.numberOfLeadingZeros(bound);
                long r = (Long) getrandbits(k);
                while (r >= bound) {
                    r = (Long) getrandbits(k);
                }
                return r;
            }
            BigInteger bound = IntOps.toBig(n);
            int k = bound.bitLength();
            BigInteger r = IntOps.toBig(getrandbits(k));
            while (r.compareTo(bound) >= 0) {
                r = IntOps.toBig(getrandbits(k));
            }
            return IntOps.normalize(r);
        }

        /** The Box-Muller pair of {@code gauss}, with the cached second value, as one atomic step. */
        synchronized double gaussUnit() {
            Double z = gaussNext;
            gaussNext = null;
            if (z == null) {
                double x2pi = random() * TWOPI;
                double g2rad = Math.sqrt(-2.0 * Libm.LOG.applyAsDouble(1.0 - random()));
                z = Libm.COS.applyAsDouble(x2pi) * g2rad;
                gaussNext = Libm.SIN.applyAsDouble(x2pi) * g2rad;
            }
            return z;
        }

        /** {@code getstate()}: {@code (3, (624 words..., index), gauss_next)}. */
        synchronized PTuple getState() {
            Object[] words = new Object[N + 1];
            for (int w = 0; w < N; w++) {
                words[w] = mt[w] & 0xffffffffL;
            }
            words[N] = (long) index;
            return new PTuple(new Object[]{3L, new PTuple(words), gaussNext == null ? PNone.NONE : gaussNext});
        }

        synchronized void setState(int[] words, int newIndex, Double newGaussNext) {
            System.arraycopy(words, 0, mt, 0, N);
            index = newIndex;
            gaussNext = newGaussNext;
        }
    }

    /** A module function, which is also a method of {@code Random}: its spec (without self) and its body on a generator. */
    private record Member(String spec, MemberBody body) {
    }

    @FunctionalInterface
    private interface MemberBody {
        Object apply(Generator gen, Object[] args);
    }

    /** An instance of {@code random.Random} (or a subclass): a generator of its own. */
    static final class RandomObject extends PythonObject {
        final Generator gen;

        RandomObject(PythonClass cls) {
            super(cls);
            gen = RandomSubclassGenerator.forInstance(this, cls);
            gen.seedFromEntropy();
        }
    }

    private static final List<Member> MEMBERS = List.of(
            new Member("seed(a=None, version=2)", (gen, a) -> seed(gen, a[0], a[1])),
            new Member("random()", (gen, a) -> gen.rawRandom()),
            new Member("getrandbits(k, /)", (gen, a) -> gen.rawGetrandbits(bitCount(a[0]))),
            new Member("randbytes(n)", (gen, a) -> randbytes(gen, a[0])),
            new Member("randrange(start, stop=None, step=?)", (gen, a) -> randrange(gen, a[0], a[1], a[2])),
            new Member("randint(a, b)", (gen, a) -> randrange(gen, a[0], Arith.binary(Binary.ADD, a[1], 1L), PBuiltinFunction.MISSING)),
            new Member("choice(seq)", (gen, a) -> choice(gen, a[0])),
            new Member("shuffle(x)", (gen, a) -> shuffle(gen, a[0])),
            new Member("sample(population, k, *, counts=None)", (gen, a) -> sample(gen, a[0], a[1], a[2])),
            new Member("choices(population, weights=None, *, cum_weights=None, k=1)",
                            (gen, a) -> choices(gen, a[0], a[1], a[2], a[3])),
            new Member("uniform(a, b)",
                            (gen, a) -> Arith.binary(Binary.ADD, a[0], Arith.binary(Binary.MUL, Arith.binary(Binary.SUB, a[1], a[0]), gen.random()))),
            new Member("triangular(low=0.0, high=1.0, mode=None)", (gen, a) -> triangular(gen, a[0], a[1], a[2])),
            new Member("normalvariate(mu=0.0, sigma=1.0)", (gen, a) -> scale(normalUnit(gen), a[0], a[1])),
            new Member("gauss(mu=0.0, sigma=1.0)", (gen, a) -> scale(gen.gaussUnit(), a[0], a[1])),
            new Member("lognormvariate(mu, sigma)",
                            (gen, a) -> MathModule.exp(MathModule.toDouble(scale(normalUnit(gen), a[0], a[1])))),
            new Member("expovariate(lambd)",
                            (gen, a) -> Arith.binary(Binary.TRUEDIV, -Libm.LOG.applyAsDouble(1.0 - gen.random()), a[0])),
            new Member("vonmisesvariate(mu, kappa)",
                            (gen, a) -> vonmises(gen, MathModule.toDouble(a[0]), MathModule.toDouble(a[1]))),
            new Member("gammavariate(alpha, beta)",
                            (gen, a) -> gammavariate(gen, MathModule.toDouble(a[0]), MathModule.toDouble(a[1]))),
            new Member("betavariate(alpha, beta)", (gen, a) -> betavariate(gen, MathModule.toDouble(a[0]), MathModule.toDouble(a[1]))),
            new Member("paretovariate(alpha)", (gen, a) -> {
                double u = 1.0 - gen.random();
                return FloatOps.pow(u, FloatOps.trueDiv(-1.0, MathModule.toDouble(a[0])));
            }),
            new Member("weibullvariate(alpha, beta)", (gen, a) -> {
                double u = 1.0 - gen.random();
                Object p = FloatOps.pow(-Libm.LOG.applyAsDouble(u), FloatOps.trueDiv(1.0, MathModule.toDouble(a[1])));
                return Arith.binary(Binary.MUL, a[0], p);
            }),
            new Member("getstate()", (gen, a) -> gen.getState()),
            new Member("setstate(state)", (gen, a) -> setstate(gen, a[0])));

    /** The module's functions are bound methods of a hidden Random: errors name Random.randint and the like. */
    private static void qualify(PBuiltinFunction fn) {
        String qualname = "Random." + fn.getName();
        if (fn.getName().equals("random") || fn.getName().equals("getrandbits")) {
            fn.setQualifiedName(qualname); // written in C in CPython
        } else {
            fn.setPythonMethodArguments(qualname);
        }
    }

    /**
     * The module's attributes: the functions share a fresh generator seeded from OS entropy (as at CPython's import),
     * and the class {@code Random} (one per import, since user code may change it) gives each instance its own.
     */
    public static Map<String, Object> createMembers() {
        Generator gen = new Generator();
        gen.seedFromEntropy();
        Map<String, Object> m = new LinkedHashMap<>();
        for (Member member : MEMBERS) {
            PBuiltinFunction fn = PBuiltinFunction.create(member.spec(), a -> member.body().apply(gen, intArgs(a)));
            qualify(fn);
            m.put(fn.getName(), fn);
        }
        PythonClass random = createRandomClass();
        m.put("Random", random);
        m.put("SystemRandom", createSystemRandomClass(random));
        m.put("NV_MAGICCONST", NV_MAGICCONST);
        m.put("TWOPI", TWOPI);
        m.put("LOG4", LOG4);
        m.put("SG_MAGICCONST", SG_MAGICCONST);
        m.put("BPF", 53L);
        m.put("RECIP_BPF", 0x1.0p-53);
        return m;
    }

    /** {@code class Random}: {@code Random(x=None)} seeds a new generator as {@code seed(x)} does; the methods are {@link #MEMBERS}. */
    private static PythonClass createRandomClass() {
        PythonClass cls = new PythonClass("Random", new PythonClass[]{BuiltinTypes.OBJECT}, false, PythonClass.Layout.OBJECT);
        cls.define("__module__", "random");
        PBuiltinFunction constructor = PBuiltinFunction.create("__new__(cls, *args, **kwargs)", a -> new RandomObject((PythonClass) a[0]));
        constructor.setQualifiedName("Random.__new__");
        cls.define("__new__", new Descriptors.PStaticMethod(constructor));
        PBuiltinFunction init = PBuiltinFunction.create("__init__(self, x=None)", a -> seed(generatorOf(a[0], "__init__"), PSubclassValue.unwrapInt(a[1]), 2L));
        init.setPythonMethodArguments("Random.__init__");
        cls.define("__init__", init);
        for (Member member : MEMBERS) {
            String spec = member.spec();
            int open = spec.indexOf('(');
            String name = spec.substring(0, open);
            String rest = spec.substring(open + 1);
            PBuiltinFunction fn = PBuiltinFunction.create(name + "(self" + (rest.startsWith(")") ? "" : ", ") + rest,
                            a -> member.body().apply(generatorOf(a[0], name), intArgs(Arrays.copyOfRange(a, 1, a.length))));
            qualify(fn);
            cls.define(name, fn);
        }
        return cls;
    }

    /**
     * {@code class SystemRandom(Random)}: CPython draws from os.urandom; here a generator seeded from the system's
     * entropy at construction, which seed() does not reset (it is ignored, as in CPython) and whose state cannot be
     * read or set.
     */
    private static PythonClass createSystemRandomClass(PythonClass random) {
        PythonClass cls = new PythonClass("SystemRandom", new PythonClass[]{random}, false, PythonClass.Layout.OBJECT);
        cls.define("__module__", "random");
        defineMethod(cls, "SystemRandom", "__init__(self, x=None)", a -> PNone.NONE);
        defineMethod(cls, "SystemRandom", "seed(self, *args, **kwds)", a -> PNone.NONE);
        for (String name : new String[]{"getstate", "setstate"}) {
            defineMethod(cls, "SystemRandom", name + "(self, *args, **kwds)", a -> {
                throw Errors.notImplementedError("System entropy source does not have state.");
            });
        }
        return cls;
    }

    private static void defineMethod(PythonClass cls, String spec, BuiltinBody body) {
        defineMethod(cls, "Random", spec, body);
    }

    private static void defineMethod(PythonClass cls, String className, String spec, BuiltinBody body) {
        PBuiltinFunction fn = PBuiltinFunction.create(spec, body);
        fn.setQualifiedName(className + "." + fn.getName());
        cls.define(fn.getName(), fn);
    }

    /**
     * The arguments with instances of int subclasses (IntEnum members, ...) replaced by their int values, which is
     * what random.py's arithmetic and operator.index() see; copies only when there is one.
     */
    private static Object[] intArgs(Object[] a) {
        Object[] out = a;
        for (int i = 0; i < a.length; i++) {
            Object v = PSubclassValue.unwrapInt(a[i]);
            if (v != a[i]) {
                if (out == a) {
                    out = a.clone();
                }
                out[i] = v;
            }
        }
        return out;
    }

    private static Generator generatorOf(Object self, String method) {
        if (self instanceof RandomObject r) {
            return r.gen;
        }
        throw Errors.typeError("descriptor '%s' for 'Random' objects doesn't apply to a '%s' object", method, TypeOf.nameOf(self));
    }

    // ---- seeding and state -------------------------------------------------------------------------------------

    /**
     * {@code Random.seed(a, version)}: ints by absolute value; str/bytes (version 2) as the integer made of their
     * bytes followed by their SHA-512 digest; floats by their hash; None from OS entropy.
     */
    private static Object seed(Generator gen, Object a, Object version) {
        if (a == PNone.NONE) {
            gen.seedFromEntropy();
            return PNone.NONE;
        }
        boolean v1 = version instanceof Long v && v == 1;
        boolean v2 = version instanceof Long v && v == 2;
        if (v1 && (a instanceof String || a instanceof PBytes)) {
            // The narrower seeds of Python < 3.2, kept for reproducing old sequences.
            String s = a instanceof PBytes b ? new String(b.getBytes(), StandardCharsets.ISO_8859_1) : (String) a;
            long x = s.isEmpty() ? 0 : (long) s.codePointAt(0) << 7;
            for (int i = 0; i < s.length(); i = s.offsetByCodePoints(i, 1)) {
                x = (1000003L * x) ^ s.codePointAt(i);
            }
            x ^= s.codePointCount(0, s.length());
            a = x == -1 ? -2L : IntOps.normalize(new BigInteger(Long.toUnsignedString(x)));
        } else if (v2 && (a instanceof String || a instanceof PBytes)) {
            byte[] bytes = a instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : ((PBytes) a).getBytes();
            byte[] digest;
            try {
                digest = MessageDigest.getInstance("SHA-512").digest(bytes);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-512 is required of every Java platform", e);
            }
            byte[] all = new byte[1 + bytes.length + digest.length]; // leading 0: unsigned, big-endian
            System.arraycopy(bytes, 0, all, 1, bytes.length);
            System.arraycopy(digest, 0, all, 1 + bytes.length, digest.length);
            a = IntOps.normalize(new BigInteger(all));
        } else if (!(IntOps.isInt(a) || a instanceof Double || a instanceof String || a instanceof PBytes)) {
            throw Errors.typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        }
        if (IntOps.isInt(a)) {
            gen.seed(IntOps.toBig(a).abs());
        } else {
            // Any other hashable seed (float, or str/bytes with an unknown version): its hash as an unsigned word.
            long h = Hashing.hash(a);
            gen.seed(new BigInteger(Long.toUnsignedString(h)));
        }
        return PNone.NONE;
    }

    /** {@code Random.setstate(state)}: version 3 states as getstate makes them; version 2 (signed words) too. */
    private static Object setstate(Generator gen, Object state) {
        Object version = Sequences.getItem(state, 0L);
        boolean v3 = version instanceof Long v && v == 3;
        boolean v2 = version instanceof Long v && v == 2;
        if (!v3 && !v2) {
            throw Errors.valueError("state with version %s passed to Random.setstate() of version 3", Repr.str(version));
        }
        Object[] parts = Iteration.toArray(state); // version, internalstate, self.gauss_next = state
        if (parts.length > 3) {
            throw Errors.valueError("too many values to unpack (expected 3)");
        } else if (parts.length < 3) {
            throw Errors.valueError("not enough values to unpack (expected 3, got %d)", parts.length);
        }
        PTuple t = new PTuple(parts);
        Object internal = t.get(1);
        if (!(internal instanceof PTuple words)) {
            throw Errors.typeError("state vector must be a tuple");
        }
        if (words.size() != Generator.N + 1) {
            throw Errors.valueError("state vector is the wrong size");
        }
        int[] mt = new int[Generator.N];
        for (int i = 0; i < Generator.N; i++) {
            Object w = words.get(i);
            if (!IntOps.isInt(w)) {
                throw Errors.typeError("'%s' object cannot be interpreted as an integer", TypeOf.nameOf(w));
            }
            BigInteger big = IntOps.toBig(w);
            if (v2) {
                big = big.mod(BigInteger.ONE.shiftLeft(32)); // version 2 stored signed words
            } else if (big.signum() < 0) {
                throw Errors.overflowError("can't convert negative value to unsigned int");
            }
            mt[i] = big.intValue();
        }
        Object idx = words.get(Generator.N);
        long index = IntOps.isInt(idx) && IntOps.toBig(idx).bitLength() < 32 ? IntOps.toBig(idx).longValue() : -1;
        if (index < 0 || index > Generator.N) {
            throw Errors.valueError("invalid state");
        }
        Object g = t.get(2);
        gen.setState(mt, (int) index, g == PNone.NONE ? null : MathModule.toDouble(g));
        return PNone.NONE;
    }

    // ---- integers ----------------------------------------------------------------------------------------------

    /** The {@code k} of getrandbits: a C int, non-negative. */
    private static int bitCount(Object k) {
        if (!IntOps.isInt(k)) {
            throw Errors.typeError("'%s' object cannot be interpreted as an integer", TypeOf.nameOf(k));
        }
        BigInteger big = IntOps.toBig(k);
        if (big.bitLength() > 31) {
            throw Errors.overflowError("Python int too large to convert to C int");
        }
        if (big.signum() < 0) {
            throw Errors.valueError("number of bits must be non-negative");
        }
        return big.intValue();
    }

    private static Object randbytes(Generator gen, Object n) {
        long count = Sequences.asIndex(n, "randbytes");
        Object bits = gen.getrandbits(bitCount(Arith.binary(Binary.MUL, count, 8L)));
        BigInteger value = IntOps.toBig(bits);
        byte[] out = new byte[(int) count];
        for (int i = 0; i < count; i++) {
            out[i] = value.shiftRight(8 * i).byteValue(); // little-endian
        }
        return new PBytes(out);
    }

    /**
     * {@code operator.index(x)}, falling back for floats and other numbers as random.py 3.11 does: an integral value
     * is accepted (CPython warns that this is deprecated), anything else is a ValueError naming the argument.
     */
    private static Object indexArg(Object x, String which) {
        if (IntOps.isInt(x)) {
            return x instanceof Boolean b ? (b ? 1L : 0L) : x;
        }
        PythonClass cls = TypeOf.classOf(x);
        Object index = Attributes.lookupUserSpecial(cls, "__index__");
        if (index != null) {
            return Calls.call(index, new Object[]{x});
        }
        if (x instanceof Double d) {
            Object i = FloatOps.toInt(d);
            if (FloatOps.compareWithInt(d, i) != 0) {
                throw Errors.valueError("non-integer %s for randrange()", which);
            }
            return i;
        }
        if (x instanceof String s) {
            try {
                new BigInteger(s.strip().replace("_", ""));
            } catch (NumberFormatException e) {
                throw Errors.valueError("invalid literal for int() with base 10: %s", Repr.repr(s));
            }
            throw Errors.valueError("non-integer %s for randrange()", which); // int('5') != '5'
        }
        throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '%s'", cls.getName());
    }

    private static int sign(Object i) {
        return i instanceof Long l ? Long.signum(l) : IntOps.toBig(i).signum();
    }

    /** {@code randrange(start, stop=None, step=1)}, with random.py 3.11's checks and messages. */
    private static Object randrange(Generator gen, Object start, Object stop, Object step) {
        Object istart = indexArg(start, "arg 1");
        if (stop == PNone.NONE) {
            // CPython tests "step is not _ONE": any int 1 is the cached small int, True and 1.0 are not.
            if (step != PBuiltinFunction.MISSING && !(step instanceof Long l && l == 1)) {
                throw Errors.typeError("Missing a non-None stop argument");
            }
            if (sign(istart) > 0) {
                return gen.randbelow(istart);
            }
            throw Errors.valueError("empty range for randrange()");
        }
        Object istop = indexArg(stop, "stop");
        Object width = Arith.binary(Binary.SUB, istop, istart);
        Object istep = step == PBuiltinFunction.MISSING ? 1L : indexArg(step, "step");
        if (istep instanceof Long s && s == 1) {
            if (sign(width) > 0) {
                return Arith.binary(Binary.ADD, istart, gen.randbelow(width));
            }
            throw Errors.valueError("empty range for randrange() (%s, %s, %s)", istart, istop, width);
        }
        Object n;
        int stepSign = sign(istep);
        if (stepSign > 0) {
            n = Arith.binary(Binary.FLOORDIV, Arith.binary(Binary.SUB, Arith.binary(Binary.ADD, width, istep), 1L), istep);
        } else if (stepSign < 0) {
            n = Arith.binary(Binary.FLOORDIV, Arith.binary(Binary.ADD, Arith.binary(Binary.ADD, width, istep), 1L), istep);
        } else {
            throw Errors.valueError("zero step for randrange()");
        }
        if (sign(n) <= 0) {
            throw Errors.valueError("empty range for randrange()");
        }
        return Arith.binary(Binary.ADD, istart, Arith.binary(Binary.MUL, istep, gen.randbelow(n)));
    }

    // ---- sequences ---------------------------------------------------------------------------------------------

    private static Object choice(Generator gen, Object seq) {
        long n = Sequences.length(seq);
        if (n == 0) {
            throw Errors.indexError("Cannot choose from an empty sequence");
        }
        return Sequences.getItem(seq, gen.randbelow(n));
    }

    /** Fisher-Yates from the end: {@code for i in reversed(range(1, len(x))): j = _randbelow(i + 1); swap}. */
    private static Object shuffle(Generator gen, Object x) {
        if (x instanceof PList list && list.getPythonClass() == org.minipy.runtime.BuiltinTypes.LIST) {
            for (int i = list.size() - 1; i >= 1; i--) {
                int j = (int) (long) (Long) gen.randbelow((long) i + 1);
                // Re-check the size: another thread may have shrunk the list meanwhile.
                if (i < list.size() && j < list.size()) {
                    Object t = list.get(i);
                    list.set(i, list.get(j));
                    list.set(j, t);
                }
            }
            return PNone.NONE;
        }
        for (long i = Sequences.length(x) - 1; i >= 1; i--) {
            Object j = gen.randbelow(i + 1);
            Object xi = Sequences.getItem(x, i);
            Object xj = Sequences.getItem(x, j);
            Sequences.setItem(x, i, xj);
            Sequences.setItem(x, j, xi);
        }
        return PNone.NONE;
    }

    /** random.py's {@code isinstance(population, _Sequence)} for MiniPy's builtin types. */
    private static boolean isSequence(Object population) {
        return population instanceof PList || population instanceof PTuple || population instanceof String
                        || population instanceof PRange || population instanceof PBytes;
    }

    /**
     * {@code sample(population, k, *, counts=None)}: CPython's two strategies, chosen the same way so the same
     * calls reach the generator: a pool list when the population is small compared with the set a k-sized
     * selection would need, else rejection of repeats through a set of chosen indices.
     */
    private static Object sample(Generator gen, Object population, Object k, Object counts) {
        if (!isSequence(population)) {
            throw Errors.typeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
        }
        long n = Sequences.length(population);
        if (counts != PNone.NONE) {
            Object[] cum = accumulate(counts);
            if (cum.length != n) {
                throw Errors.valueError("The number of counts does not match the population");
            }
            if (cum.length == 0) {
                throw Errors.indexError("pop from empty list");
            }
            Object total = cum[cum.length - 1];
            Object[] cumCounts = java.util.Arrays.copyOf(cum, cum.length - 1);
            if (!IntOps.isInt(total)) {
                throw Errors.typeError("Counts must be integers");
            }
            if (sign(total) <= 0) {
                throw Errors.valueError("Total of counts must be greater than zero");
            }
            if (!(total instanceof Long t)) {
                throw Errors.overflowError("Python int too large to convert to C ssize_t");
            }
            PList selections = (PList) sample(gen, new PRange(0, t, 1), k, PNone.NONE);
            Object[] out = new Object[selections.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = Sequences.getItem(population, (long) bisectRight(cumCounts, selections.get(i), 0, cumCounts.length));
            }
            return new PList(out);
        }
        if (!IntOps.isInt(k)) {
            if (k instanceof Double d && d >= 0 && d <= n) {
                throw Errors.typeError("can't multiply sequence by non-int of type 'float'");
            }
            if (!(k instanceof Double)) {
                throw Errors.typeError("'<=' not supported between instances of 'int' and '%s'", TypeOf.nameOf(k));
            }
            throw Errors.valueError("Sample larger than population or is negative");
        }
        BigInteger bigK = IntOps.toBig(k);
        if (bigK.signum() < 0 || bigK.compareTo(BigInteger.valueOf(n)) > 0) {
            throw Errors.valueError("Sample larger than population or is negative");
        }
        int count = bigK.intValue();
        Object[] result = new Object[count];
        long setsize = 21; // size of a small set minus size of an empty list
        if (count > 5) {
            setsize += (long) Math.pow(4, Math.ceil(Math.log(count * 3.0) / Math.log(4)));
        }
        if (n <= setsize) {
            // An n-length list is smaller than a k-length set. Invariant: non-selected at pool[0 : n-i].
            Object[] pool = Iteration.toArray(population);
            for (int i = 0; i < count; i++) {
                int j = (int) (long) (Long) gen.randbelow(n - i);
                result[i] = pool[j];
                pool[j] = pool[(int) n - i - 1]; // move non-selected item into vacancy
            }
        } else {
            java.util.HashSet<Long> selected = new java.util.HashSet<>();
            for (int i = 0; i < count; i++) {
                long j = (Long) gen.randbelow(n);
                while (selected.contains(j)) {
                    j = (Long) gen.randbelow(n);
                }
                selected.add(j);
                result[i] = Sequences.getItem(population, j);
            }
        }
        return new PList(result);
    }

    /** {@code list(itertools.accumulate(values))}: running sums with Python's {@code +}. */
    private static Object[] accumulate(Object values) {
        Object[] items = Iteration.toArray(values);
        for (int i = 1; i < items.length; i++) {
            items[i] = Arith.binary(Binary.ADD, items[i - 1], items[i]);
        }
        return items;
    }

    /** {@code bisect.bisect_right(a, x, lo, hi)}. */
    private static int bisectRight(Object[] a, Object x, int lo, int hi) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Truth.isTrue(Comparisons.richCompare(x, a[mid], Compare.LT))) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** {@code choices(population, weights=None, *, cum_weights=None, k=1)}. */
    private static Object choices(Generator gen, Object population, Object weights, Object cumWeights, Object k) {
        long n = Sequences.length(population);
        if (cumWeights == PNone.NONE) {
            if (weights == PNone.NONE) {
                long count = repeatCount(k);
                double fn = n; // n += 0.0
                Object[] out = new Object[(int) count];
                for (int i = 0; i < count; i++) {
                    out[i] = Sequences.getItem(population, (long) Math.floor(gen.random() * fn));
                }
                return new PList(out);
            }
            if (IntOps.isInt(weights)) {
                throw Errors.typeError("The number of choices must be a keyword argument: k=%s", weights);
            }
            cumWeights = new PList(accumulate(weights));
        } else if (weights != PNone.NONE) {
            throw Errors.typeError("Cannot specify both weights and cumulative weights");
        }
        Object[] cum = Iteration.toArray(cumWeights);
        if (cum.length != n) {
            throw Errors.valueError("The number of weights does not match the population");
        }
        if (cum.length == 0) {
            throw Errors.indexError("list index out of range");
        }
        double total = MathModule.toDouble(Arith.binary(Binary.ADD, cum[cum.length - 1], 0.0));
        if (total <= 0.0) {
            throw Errors.valueError("Total of weights must be greater than zero");
        }
        if (!Double.isFinite(total)) {
            throw Errors.valueError("Total of weights must be finite");
        }
        int hi = (int) n - 1;
        long count = repeatCount(k);
        Object[] out = new Object[(int) count];
        for (int i = 0; i < count; i++) {
            out[i] = Sequences.getItem(population, (long) bisectRight(cum, gen.random() * total, 0, hi));
        }
        return new PList(out);
    }

    /** The count of {@code itertools.repeat(None, k)}: an int, negative meaning zero. */
    private static long repeatCount(Object k) {
        if (!IntOps.isInt(k)) {
            throw Errors.typeError("'%s' object cannot be interpreted as an integer", TypeOf.nameOf(k));
        }
        return Math.max(0, Sequences.asIndex(k, "repeat"));
    }

    // ---- real-valued distributions -----------------------------------------------------------------------------

    /** {@code mu + z * sigma} with Python's arithmetic, so ints, floats and errors behave as in CPython. */
    private static Object scale(double z, Object mu, Object sigma) {
        return Arith.binary(Binary.ADD, mu, Arith.binary(Binary.MUL, z, sigma));
    }

    /** Kinderman and Monahan's ratio-of-uniforms method, as {@code normalvariate}. */
    private static double normalUnit(Generator gen) {
        while (true) {
            double u1 = gen.random();
            double u2 = 1.0 - gen.random();
            double z = NV_MAGICCONST * (u1 - 0.5) / u2;
            double zz = z * z / 4.0;
            if (zz <= -Libm.LOG.applyAsDouble(u2)) {
                return z;
            }
        }
    }

    private static Object triangular(Generator gen, Object low, Object high, Object mode) {
        double u = gen.random();
        double c;
        try {
            c = mode == PNone.NONE ? 0.5
                            : MathModule.toDouble(Arith.binary(Binary.TRUEDIV, Arith.binary(Binary.SUB, mode, low), Arith.binary(Binary.SUB, high, low)));
        } catch (org.minipy.runtime.PException e) {
            if (e.matches(org.minipy.runtime.BuiltinTypes.ZERO_DIVISION_ERROR)) {
                return low;
            }
            throw e;
        }
        if (u > c) {
            u = 1.0 - u;
            c = 1.0 - c;
            Object t = low;
            low = high;
            high = t;
        }
        return Arith.binary(Binary.ADD, low, Arith.binary(Binary.MUL, Arith.binary(Binary.SUB, high, low), Math.sqrt(u * c)));
    }

    private static double vonmises(Generator gen, double mu, double kappa) {
        if (kappa <= 1e-6) {
            return TWOPI * gen.random();
        }
        double s = 0.5 / kappa;
        double r = s + Math.sqrt(1.0 + s * s);
        double z;
        while (true) {
            double u1 = gen.random();
            z = Libm.COS.applyAsDouble(Math.PI * u1);
            double d = z / (r + z);
            double u2 = gen.random();
            if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * Libm.EXP.applyAsDouble(d)) {
                break;
            }
        }
        double q = 1.0 / r;
        double f = (q + z) / (1.0 + q * z);
        double u3 = gen.random();
        if (u3 > 0.5) {
            return FloatOps.mod(mu + Libm.ACOS.applyAsDouble(f), TWOPI);
        }
        return FloatOps.mod(mu - Libm.ACOS.applyAsDouble(f), TWOPI);
    }

    private static double gammavariate(Generator gen, double alpha, double beta) {
        if (alpha <= 0.0 || beta <= 0.0) {
            throw Errors.valueError("gammavariate: alpha and beta must be > 0.0");
        }
        if (alpha > 1.0) {
            // Uses R.C.H. Cheng, "The generation of Gamma variables with non-integral shape parameters".
            double ainv = Math.sqrt(2.0 * alpha - 1.0);
            double bbb = alpha - LOG4;
            double ccc = alpha + ainv;
            while (true) {
                double u1 = gen.random();
                if (!(1e-7 < u1 && u1 < 0.9999999)) {
                    continue;
                }
                double u2 = 1.0 - gen.random();
                double v = Libm.LOG.applyAsDouble(u1 / (1.0 - u1)) / ainv;
                double x = alpha * Libm.EXP.applyAsDouble(v);
                double z = u1 * u1 * u2;
                double r = bbb + ccc * v - x;
                if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= Libm.LOG.applyAsDouble(z)) {
                    return x * beta;
                }
            }
        } else if (alpha == 1.0) {
            return -Libm.LOG.applyAsDouble(1.0 - gen.random()) * beta;
        }
        // alpha between 0 and 1 (exclusive): ALGORITHM GS of Statistical Computing - Kennedy & Gentle.
        double x;
        while (true) {
            double u = gen.random();
            double b = (Math.E + alpha) / Math.E;
            double p = b * u;
            if (p <= 1.0) {
                x = (Double) FloatOps.pow(p, 1.0 / alpha);
            } else {
                x = -Libm.LOG.applyAsDouble((b - p) / alpha);
            }
            double u1 = gen.random();
            if (p > 1.0) {
                if (u1 <= (Double) FloatOps.pow(x, alpha - 1.0)) {
                    break;
                }
            } else if (u1 <= Libm.EXP.applyAsDouble(-x)) {
                break;
            }
        }
        return x * beta;
    }

    private static double betavariate(Generator gen, double alpha, double beta) {
        double y = gammavariate(gen, alpha, 1.0);
        if (y != 0) {
            return y / (y + gammavariate(gen, beta, 1.0));
        }
        return 0.0;
    }
}
