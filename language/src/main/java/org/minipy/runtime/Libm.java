package org.minipy.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.util.Optional;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The C library's math functions (glibc's libm on Linux), called through the JDK's foreign function API. CPython's
 * {@code math} module and float {@code **} call these very functions, and Java's own differ from them in the last bit
 * for some arguments (fdlibm's inverse trigonometric functions are within one ulp where glibc's are correctly
 * rounded: 18% of {@code atan2} results differed, 3-8% of {@code atan}, {@code asin}, {@code acos}), so calling them
 * is how MiniPy prints the same digits. Where a function cannot be reached (no such symbol, a JDK without the API,
 * native access refused) the Java function given as the fallback stands in, quietly; {@code -Dminipy.javamath=true}
 * (e.g. through {@code MPY_JAVA_OPTS}) asks for the fallbacks, to compare the two.
 *
 * <p>The API is used reflectively because MiniPy compiles for JDK 21, where it is a preview; the JIT runs on 25.
 * Each call goes through a boundary: the native call itself is not something to partially evaluate.
 */
public final class Libm {
    private Libm() {
    }

    /** {@code pow}: float {@code **} and {@code math.pow} (Java's {@code Math.pow} differs in the last digit for about 0.1%). */
    public static final DoubleBinaryOperator POW = binary("pow", Math::pow);

    /** The functions other modules use too (random's distributions call math's, as in CPython's random.py). */
    public static final DoubleUnaryOperator LOG = unary("log", Math::log);
    public static final DoubleUnaryOperator EXP = unary("exp", Math::exp);
    public static final DoubleUnaryOperator SIN = unary("sin", Math::sin);
    public static final DoubleUnaryOperator COS = unary("cos", Math::cos);
    public static final DoubleUnaryOperator ACOS = unary("acos", Math::acos);

    /** {@code double name(double)}, or the fallback. */
    public static DoubleUnaryOperator unary(String name, DoubleUnaryOperator fallback) {
        Binding c = new Binding(name, 1);
        return new DoubleUnaryOperator() {
            @Override
            @TruffleBoundary
            public double applyAsDouble(double x) {
                MethodHandle handle = c.handle();
                if (handle != null) {
                    try {
                        return (double) handle.invokeExact(x);
                    } catch (Throwable e) {
                        // (cannot happen for a bound handle of this type) the fallback answers
                    }
                }
                return fallback.applyAsDouble(x);
            }
        };
    }

    /** {@code double name(double, double)}, or the fallback. */
    public static DoubleBinaryOperator binary(String name, DoubleBinaryOperator fallback) {
        Binding c = new Binding(name, 2);
        return new DoubleBinaryOperator() {
            @Override
            @TruffleBoundary
            public double applyAsDouble(double x, double y) {
                MethodHandle handle = c.handle();
                if (handle != null) {
                    try {
                        return (double) handle.invokeExact(x, y);
                    } catch (Throwable e) {
                        // (cannot happen for a bound handle of this type) the fallback answers
                    }
                }
                return fallback.applyAsDouble(x, y);
            }
        };
    }

    /**
     * One C function, bound at its first call: making a downcall handle costs about half a millisecond, which
     * {@code import math} would otherwise pay for every function (12 ms) whether the program calls it or not. Two
     * threads may both bind it; either handle will do.
     */
    private static final class Binding {
        /** What a function that cannot be bound is bound to. */
        private static final Object UNAVAILABLE = new Object();

        private final String name;
        private final int arity;
        /** Null until the first call, then the handle or UNAVAILABLE (one field, so no thread sees half of it). */
        private volatile Object bound;

        Binding(String name, int arity) {
            this.name = name;
            this.arity = arity;
        }

        MethodHandle handle() {
            Object b = bound;
            if (b == null) {
                MethodHandle handle = bind(name, arity);
                b = handle == null ? UNAVAILABLE : handle;
                bound = b;
            }
            return b instanceof MethodHandle handle ? handle : null;
        }
    }

    /** A downcall handle of type {@code (double...)double} for the C function, or null. */
    private static MethodHandle bind(String name, int arity) {
        if (Boolean.getBoolean("minipy.javamath")) {
            return null;
        }
        try {
            Class<?> linkerClass = Class.forName("java.lang.foreign.Linker");
            Class<?> memoryLayout = Class.forName("java.lang.foreign.MemoryLayout");
            Class<?> descriptorClass = Class.forName("java.lang.foreign.FunctionDescriptor");
            Class<?> optionClass = Class.forName("java.lang.foreign.Linker$Option");
            Object linker = linkerClass.getMethod("nativeLinker").invoke(null);
            Object lookup = linkerClass.getMethod("defaultLookup").invoke(linker);
            Optional<?> symbol = (Optional<?>) Class.forName("java.lang.foreign.SymbolLookup").getMethod("find", String.class).invoke(lookup, name);
            if (symbol.isEmpty()) {
                return null;
            }
            Object javaDouble = Class.forName("java.lang.foreign.ValueLayout").getField("JAVA_DOUBLE").get(null);
            Object arguments = Array.newInstance(memoryLayout, arity);
            for (int i = 0; i < arity; i++) {
                Array.set(arguments, i, javaDouble);
            }
            Object descriptor = descriptorClass.getMethod("of", memoryLayout, arguments.getClass()).invoke(null, javaDouble, arguments);
            MethodHandle handle = (MethodHandle) linkerClass.getMethod("downcallHandle", Class.forName("java.lang.foreign.MemorySegment"),
                            descriptorClass, optionClass.arrayType()).invoke(linker, symbol.get(), descriptor, Array.newInstance(optionClass, 0));
            MethodType expected = arity == 1 ? MethodType.methodType(double.class, double.class)
                            : MethodType.methodType(double.class, double.class, double.class);
            return handle.type().equals(expected) ? handle : null;
        } catch (Throwable e) {
            return null;
        }
    }
}
