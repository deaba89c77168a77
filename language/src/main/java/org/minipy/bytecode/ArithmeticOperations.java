package org.minipy.bytecode;

import com.oracle.truffle.api.bytecode.ConstantOperand;
import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.ast.Operator.Binary;
import org.minipy.ast.Operator.Compare;
import org.minipy.runtime.Arith;
import org.minipy.runtime.Comparisons;
import org.minipy.runtime.FloatOps;
import org.minipy.runtime.IntOps;
import org.minipy.runtime.Sequences;

/**
 * Python's operators as bytecode operations. The hot cases (64-bit ints that do not overflow, floats, strings) are
 * specialisations the compiler turns into machine arithmetic; everything else goes to the generic protocol in
 * {@link Arith} and {@link Comparisons}.
 */
public final class ArithmeticOperations {
    private ArithmeticOperations() {
    }

    /** {@code a + b}. */
    @OperationProxy.Proxyable
    public abstract static class Add extends Node {
        public abstract Object execute(Object a, Object b);

        @Specialization(rewriteOn = ArithmeticException.class)
        static long doLong(long a, long b) {
            return Math.addExact(a, b);
        }

        @Specialization(replaces = "doLong")
        static Object doLongOverflow(long a, long b) {
            return IntOps.add(a, b);
        }

        @Specialization
        static double doDouble(double a, double b) {
            return a + b;
        }

        @Specialization
        static double doLongDouble(long a, double b) {
            return a + b;
        }

        @Specialization
        static double doDoubleLong(double a, long b) {
            return a + b;
        }

        @Specialization
        static String doString(String a, String b) {
            return a.concat(b);
        }

        @Specialization(guards = {"a.isExact()", "b.isExact()"})
        static org.minipy.runtime.PList doList(org.minipy.runtime.PList a, org.minipy.runtime.PList b) {
            return org.minipy.runtime.PList.concat(a, b);
        }

        @Fallback
        static Object doGeneric(Object a, Object b) {
            return Arith.binary(Binary.ADD, a, b);
        }
    }

    /** {@code a - b}. */
    @OperationProxy.Proxyable
    public abstract static class Sub extends Node {
        public abstract Object execute(Object a, Object b);

        @Specialization(rewriteOn = ArithmeticException.class)
        static long doLong(long a, long b) {
            return Math.subtractExact(a, b);
        }

        @Specialization(replaces = "doLong")
        static Object doLongOverflow(long a, long b) {
            return IntOps.sub(a, b);
        }

        @Specialization
        static double doDouble(double a, double b) {
            return a - b;
        }

        @Specialization
        static double doLongDouble(long a, double b) {
            return a - b;
        }

        @Specialization
        static double doDoubleLong(double a, long b) {
            return a - b;
        }

        @Fallback
        static Object doGeneric(Object a, Object b) {
            return Arith.binary(Binary.SUB, a, b);
        }
    }

    /** {@code a * b}. */
    @OperationProxy.Proxyable
    public abstract static class Mul extends Node {
        public abstract Object execute(Object a, Object b);

        @Specialization(rewriteOn = ArithmeticException.class)
        static long doLong(long a, long b) {
            return Math.multiplyExact(a, b);
        }

        @Specialization(replaces = "doLong")
        static Object doLongOverflow(long a, long b) {
            return IntOps.mul(a, b);
        }

        @Specialization
        static double doDouble(double a, double b) {
            return a * b;
        }

        @Specialization
        static double doLongDouble(long a, double b) {
            return a * b;
        }

        @Specialization
        static double doDoubleLong(double a, long b) {
            return a * b;
        }

        @Fallback
        static Object doGeneric(Object a, Object b) {
            return Arith.binary(Binary.MUL, a, b);
        }
    }

    /** {@code a / b}: always a float for numbers. */
    @OperationProxy.Proxyable
    public abstract static class TrueDiv extends Node {
        public abstract Object execute(Object a, Object b);

        @Specialization
        static double doDouble(double a, double b) {
            return FloatOps.trueDiv(a, b);
        }

        @Specialization
        static double doLongDouble(long a, double b) {
            return FloatOps.trueDiv(a, b);
        }

        @Specialization
        static double doDoubleLong(double a, long b) {
            return FloatOps.trueDiv(a, b);
        }

        @Fallback
        static Object doGeneric(Object a, Object b) {
            return Arith.binary(Binary.TRUEDIV, a, b);
        }
    }

    /** {@code a // b}, rounding toward negative infinity. */
    @OperationProxy.Proxyable
    public abstract static class FloorDiv extends Node {
        public abstract Object execute(Object a, Object b);

        @Specialization(guards = {"b > 0", "a >= 0"})
        static long doPositive(long a, long b) {
            return a / b;
        }

        @Specialization(guards = "b != 0", replaces = "doPositive")
        static Object doLong(long a, long b) {
            return IntOps.floorDiv(a, b);
        }

        @Specialization
        static double doDouble(double a, double b) {
            return FloatOps.floorDiv(a, b);
        }

        @Fallback
        static Object doGeneric(Object a, Object b) {
            return Arith.binary(Binary.FLOORDIV, a, b);
        }
    }

    /** {@code a % b}: Python's modulo takes the divisor's sign; on strings it is printf-style formatting. */
    @OperationProxy.Proxyable
    public abstract static class Mod extends Node {
        public abstract Object execute(Object a, Object b);

        @Specialization(guards = {"b > 0", "a >= 0"})
        static long doPositive(long a, long b) {
            return a % b;
        }

        @Specialization(guards = "b != 0", replaces = "doPositive")
        static long doLong(long a, long b) {
            return Math.floorMod(a, b);
        }

        @Specialization
        static double doDouble(double a, double b) {
            return FloatOps.mod(a, b);
        }

        @Fallback
        static Object doGeneric(Object a, Object b) {
            return Arith.binary(Binary.MOD, a, b);
        }
    }

    /** The rarer binary operators ({@code ** << >> & | ^ @}); the operator is a constant operand. */
    @OperationProxy.Proxyable
    @ConstantOperand(type = Binary.class)
    public abstract static class OtherBinary extends Node {
        public abstract Object execute(Binary op, Object a, Object b);

        static final Binary ADD = Binary.ADD;
        static final Binary SUB = Binary.SUB;
        static final Binary BITAND = Binary.BITAND;
        static final Binary BITOR = Binary.BITOR;
        static final Binary BITXOR = Binary.BITXOR;
        static final Binary RSHIFT = Binary.RSHIFT;
        static final Binary POW = Binary.POW;

        @Specialization(guards = "op == BITAND")
        static long doAnd(Binary op, long a, long b) {
            return a & b;
        }

        @Specialization(guards = "op == BITOR")
        static long doOr(Binary op, long a, long b) {
            return a | b;
        }

        @Specialization(guards = "op == BITXOR")
        static long doXor(Binary op, long a, long b) {
            return a ^ b;
        }

        @Specialization(guards = {"op == RSHIFT", "b >= 0", "b < 64"})
        static long doRshift(Binary op, long a, long b) {
            return a >> b;
        }

        /** {@code i ** k} for a small non-negative exponent whose result fits in 64 bits. */
        @Specialization(guards = {"op == POW", "b >= 0"}, rewriteOn = ArithmeticException.class)
        static long doPowLong(Binary op, long a, long b) {
            return IntOps.powExact(a, b);
        }

        /** {@code x ** y} with a positive base: the result is real and the base never zero. */
        @Specialization(guards = {"op == POW", "isPositive(a)"})
        static double doPowDouble(Binary op, double a, double b) {
            return FloatOps.powPositiveBase(a, b);
        }

        /** {@code x ** k} with an int exponent ({@code dx ** 2}): real for any non-zero base. */
        @Specialization(guards = {"op == POW", "isNonZero(a)"})
        static double doPowDoubleLong(Binary op, double a, long b) {
            return FloatOps.powIntExponent(a, b);
        }

        static boolean isPositive(double a) {
            return a > 0.0;
        }

        static boolean isNonZero(double a) {
            return a != 0.0;
        }

        @Fallback
        static Object doGeneric(Binary op, Object a, Object b) {
            return Arith.binary(op, a, b);
        }
    }

    /**
     * {@code a op= b}. Numbers and strs are immutable and have no in-place methods, so for them {@code a op= b} is
     * {@code a op b}: it is handed to the binary operator's own node, with all its specialisations (the loop counters'
     * {@code i += 1}, n-body's {@code v[0] -= dx * m}, {@code s += "x"}). Only operand pairs for which the binary
     * operator is defined go that way, so that a TypeError names the in-place operator ({@code -=}). Anything else may
     * have an {@code __iadd__} (lists, sets, user classes) and takes the general path.
     */
    @OperationProxy.Proxyable
    @ConstantOperand(type = Binary.class)
    public abstract static class InPlace extends Node {
        public abstract Object execute(Binary op, Object a, Object b);

        static final Binary ADD = Binary.ADD;
        static final Binary SUB = Binary.SUB;
        static final Binary MUL = Binary.MUL;
        static final Binary TRUEDIV = Binary.TRUEDIV;
        static final Binary FLOORDIV = Binary.FLOORDIV;
        static final Binary MOD = Binary.MOD;
        static final Binary POW = Binary.POW;

        // int and float counters first, so that the interpreter keeps `x += 1`, `x -= d`, `x *= 2` unboxed (the
        // bytecode's boxing elimination); overflow and every other type go on to the general cases below.
        @Specialization(guards = "op == ADD", rewriteOn = ArithmeticException.class)
        static long addLongs(Binary op, long a, long b) {
            return Math.addExact(a, b);
        }

        @Specialization(guards = "op == SUB", rewriteOn = ArithmeticException.class)
        static long subLongs(Binary op, long a, long b) {
            return Math.subtractExact(a, b);
        }

        @Specialization(guards = "op == MUL", rewriteOn = ArithmeticException.class)
        static long mulLongs(Binary op, long a, long b) {
            return Math.multiplyExact(a, b);
        }

        @Specialization(guards = "op == ADD")
        static double addDoubles(Binary op, double a, double b) {
            return a + b;
        }

        @Specialization(guards = "op == SUB")
        static double subDoubles(Binary op, double a, double b) {
            return a - b;
        }

        @Specialization(guards = "op == MUL")
        static double mulDoubles(Binary op, double a, double b) {
            return a * b;
        }

        @Specialization(guards = {"op == ADD", "bothNumbersOrStrings(a, b)"})
        static Object doAdd(Binary op, Object a, Object b, @Cached Add add) {
            return add.execute(a, b);
        }

        @Specialization(guards = {"op == SUB", "isNumber(a)", "isNumber(b)"})
        static Object doSub(Binary op, Object a, Object b, @Cached Sub sub) {
            return sub.execute(a, b);
        }

        @Specialization(guards = {"op == MUL", "isNumber(a)", "isNumber(b)"})
        static Object doMul(Binary op, Object a, Object b, @Cached Mul mul) {
            return mul.execute(a, b);
        }

        @Specialization(guards = {"op == TRUEDIV", "isNumber(a)", "isNumber(b)"})
        static Object doTrueDiv(Binary op, Object a, Object b, @Cached TrueDiv div) {
            return div.execute(a, b);
        }

        @Specialization(guards = {"op == FLOORDIV", "isNumber(a)", "isNumber(b)"})
        static Object doFloorDiv(Binary op, Object a, Object b, @Cached FloorDiv div) {
            return div.execute(a, b);
        }

        @Specialization(guards = {"op == MOD", "isNumber(a)", "isNumber(b)"})
        static Object doMod(Binary op, Object a, Object b, @Cached Mod mod) {
            return mod.execute(a, b);
        }

        @Specialization(guards = {"op == POW", "isNumber(a)", "isNumber(b)"})
        static Object doPow(Binary op, Object a, Object b, @Cached OtherBinary other) {
            return other.execute(op, a, b);
        }

        @Specialization(guards = {"isBitwise(op)", "isInteger(a)", "isInteger(b)"})
        static Object doBitwise(Binary op, Object a, Object b, @Cached OtherBinary other) {
            return other.execute(op, a, b);
        }

        static boolean isBitwise(Binary op) {
            return op == Binary.LSHIFT || op == Binary.RSHIFT || op == Binary.BITAND || op == Binary.BITOR || op == Binary.BITXOR;
        }

        static boolean isInteger(Object a) {
            return a instanceof Long || a instanceof Boolean || a instanceof java.math.BigInteger;
        }

        static boolean isNumber(Object a) {
            return a instanceof Double || isInteger(a);
        }

        static boolean bothNumbersOrStrings(Object a, Object b) {
            return isNumber(a) ? isNumber(b) : a instanceof String && b instanceof String;
        }

        @Fallback
        static Object doGeneric(Binary op, Object a, Object b) {
            return Arith.inplace(op, a, b);
        }
    }

    @OperationProxy.Proxyable
    @ConstantOperand(type = org.minipy.ast.Operator.Unary.class)
    public abstract static class Unary extends Node {
        public abstract Object execute(org.minipy.ast.Operator.Unary op, Object a);

        static final org.minipy.ast.Operator.Unary NEG = org.minipy.ast.Operator.Unary.NEG;
        static final org.minipy.ast.Operator.Unary NOT = org.minipy.ast.Operator.Unary.NOT;

        @Specialization(guards = {"op == NEG", "a != MIN_VALUE"})
        static long doNegLong(org.minipy.ast.Operator.Unary op, long a) {
            return -a;
        }

        @Specialization(guards = "op == NEG")
        static double doNegDouble(org.minipy.ast.Operator.Unary op, double a) {
            return -a;
        }

        @Specialization(guards = "op == NOT")
        static boolean doNotBoolean(org.minipy.ast.Operator.Unary op, boolean a) {
            return !a;
        }

        @Fallback
        static Object doGeneric(org.minipy.ast.Operator.Unary op, Object a) {
            return Arith.unary(op, a);
        }

        static final long MIN_VALUE = Long.MIN_VALUE;
    }

    /** {@code a < b}. */
    @OperationProxy.Proxyable
    public abstract static class Lt extends Node {
        public abstract Object execute(Object a, Object b);

        @Specialization
        static boolean doLong(long a, long b) {
            return a < b;
        }

        @Specialization
        static boolean doDouble(double a, double b) {
            return a < b;
        }

        @Specialization
        static boolean doLongDouble(long a, double b) {
            return !Double.isNaN(b) && FloatOps.compareWithInt(b, a) > 0;
        }

        @Specialization
        static boolean doString(String a, String b) {
            return a.compareTo(b) < 0;
        }

        @Fallback
        static Object doGeneric(Object a, Object b) {
            return Comparisons.richCompare(a, b, Compare.LT);
        }
    }

    /** {@code a <= b}. */
    @OperationProxy.Proxyable
    public abstract static class Le extends Node {
        public abstract Object execute(Object a, Object b);

        @Specialization
        static boolean doLong(long a, long b) {
            return a <= b;
        }

        @Specialization
        static boolean doDouble(double a, double b) {
            return a <= b;
        }

        @Specialization
        static boolean doLongDouble(long a, double b) {
            return !Double.isNaN(b) && FloatOps.compareWithInt(b, a) >= 0;
        }

        @Specialization
        static boolean doString(String a, String b) {
            return a.compareTo(b) <= 0;
        }

        @Fallback
        static Object doGeneric(Object a, Object b) {
            return Comparisons.richCompare(a, b, Compare.LE);
        }
    }

    /** {@code a > b}. */
    @OperationProxy.Proxyable
    public abstract static class Gt extends Node {
        public abstract Object execute(Object a, Object b);

        @Specialization
        static boolean doLong(long a, long b) {
            return a > b;
        }

        @Specialization
        static boolean doDouble(double a, double b) {
            return a > b;
        }

        @Specialization
        static boolean doLongDouble(long a, double b) {
            return !Double.isNaN(b) && FloatOps.compareWithInt(b, a) < 0;
        }

        @Specialization
        static boolean doString(String a, String b) {
            return a.compareTo(b) > 0;
        }

        @Fallback
        static Object doGeneric(Object a, Object b) {
            return Comparisons.richCompare(a, b, Compare.GT);
        }
    }

    /** {@code a >= b}. */
    @OperationProxy.Proxyable
    public abstract static class Ge extends Node {
        public abstract Object execute(Object a, Object b);

        @Specialization
        static boolean doLong(long a, long b) {
            return a >= b;
        }

        @Specialization
        static boolean doDouble(double a, double b) {
            return a >= b;
        }

        @Specialization
        static boolean doLongDouble(long a, double b) {
            return !Double.isNaN(b) && FloatOps.compareWithInt(b, a) <= 0;
        }

        @Specialization
        static boolean doString(String a, String b) {
            return a.compareTo(b) >= 0;
        }

        @Fallback
        static Object doGeneric(Object a, Object b) {
            return Comparisons.richCompare(a, b, Compare.GE);
        }
    }

    /** {@code a == b}. */
    @OperationProxy.Proxyable
    public abstract static class Eq extends Node {
        public abstract Object execute(Object a, Object b);

        @Specialization
        static boolean doLong(long a, long b) {
            return a == b;
        }

        @Specialization
        static boolean doDouble(double a, double b) {
            return a == b;
        }

        @Specialization
        static boolean doString(String a, String b) {
            return a.equals(b);
        }

        @Fallback
        static Object doGeneric(Object a, Object b) {
            return Comparisons.richCompare(a, b, Compare.EQ);
        }
    }

    /** {@code a != b}. */
    @OperationProxy.Proxyable
    public abstract static class Ne extends Node {
        public abstract Object execute(Object a, Object b);

        @Specialization
        static boolean doLong(long a, long b) {
            return a != b;
        }

        @Specialization
        static boolean doDouble(double a, double b) {
            return a != b;
        }

        @Specialization
        static boolean doString(String a, String b) {
            return !a.equals(b);
        }

        @Fallback
        static Object doGeneric(Object a, Object b) {
            return Comparisons.richCompare(a, b, Compare.NE);
        }
    }

    /**
     * {@code is}, {@code is not}, {@code in}, {@code not in}. Membership in a str, a plain dict or a plain set is asked
     * directly; other containers go through {@code __contains__} (or iteration) in {@link Sequences#contains}.
     */
    @OperationProxy.Proxyable
    @ConstantOperand(type = Compare.class)
    public abstract static class OtherCompare extends Node {
        public abstract boolean execute(Compare op, Object a, Object b);

        static final Compare IN = Compare.IN;
        static final Compare NOT_IN = Compare.NOT_IN;

        @Specialization(guards = "op == IN || op == NOT_IN")
        static boolean doInStr(Compare op, String item, String container) {
            return (op == IN) == strContains(container, item);
        }

        @Specialization(guards = {"op == IN || op == NOT_IN", "dict.isExact()"})
        static boolean doInDict(Compare op, Object item, org.minipy.runtime.PDict dict) {
            return (op == IN) == dict.containsKey(item);
        }

        @Specialization(guards = {"op == IN || op == NOT_IN", "isPlainSet(set)"})
        static boolean doInSet(Compare op, Object item, org.minipy.runtime.PSet set) {
            return (op == IN) == set.containsKey(item);
        }

        static boolean isPlainSet(org.minipy.runtime.PSet set) {
            org.minipy.runtime.PythonClass cls = set.getPythonClass();
            return cls == org.minipy.runtime.BuiltinTypes.SET || cls == org.minipy.runtime.BuiltinTypes.FROZENSET;
        }

        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        private static boolean strContains(String container, String item) {
            return container.contains(item);
        }

        @Specialization(replaces = {"doInStr", "doInDict", "doInSet"})
        static boolean doGeneric(Compare op, Object a, Object b) {
            switch (op) {
                case IS:
                    return RuntimeCalls.is(a, b);
                case IS_NOT:
                    return !RuntimeCalls.is(a, b);
                case IN:
                    return Sequences.contains(b, a);
                case NOT_IN:
                    return !Sequences.contains(b, a);
                default:
                    return org.minipy.runtime.Truth.isTrue(Comparisons.richCompare(a, b, op));
            }
        }
    }
}
