package org.minipy.bytecode;

import com.oracle.truffle.api.bytecode.ConstantOperand;
import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.ast.Operator.Binary;
import org.minipy.runtime.StrAccumulator;

/**
 * Linear-time {@code s += piece} on a function local (see {@link StrAccumulator}). The code generator uses these two
 * operations for the locals that are targets of {@code +=} (or of {@code s = s + piece}): {@link AppendToLocal} in place
 * of {@code InPlace(ADD)} or {@code Add},
 * and {@link LoadAccumulated} for every read of such a local, so that Python code only ever sees a str. For numbers,
 * lists and everything else they behave exactly like the ordinary operations (in compiled code, the type checks
 * fold away for a local that holds an int or a float).
 */
public final class StrAccumulation {
    private StrAccumulation() {
    }

    /**
     * {@code local += value} ({@code inPlace}) or {@code local = local + value} for a local the compiler marked as a
     * possible string accumulator. For anything but a str on both sides it is the ordinary {@code +=} or {@code +}
     * (a list {@code +=} extends the list, a list {@code +} makes a new one).
     */
    @OperationProxy.Proxyable
    @ConstantOperand(type = boolean.class)
    public abstract static class AppendToLocal extends Node {
        public abstract Object execute(boolean inPlace, Object current, Object value);

        // Counters and sums are the common case: with these the interpreter keeps such a local unboxed (the
        // bytecode's boxing elimination), instead of boxing a Long or Double on every `i += 1`.
        @Specialization(rewriteOn = ArithmeticException.class)
        static long addLongs(boolean inPlace, long current, long value) {
            return Math.addExact(current, value);
        }

        @Specialization
        static double addDoubles(boolean inPlace, double current, double value) {
            return current + value;
        }

        @Specialization(replaces = "addLongs")
        static Object append(boolean inPlace, Object current, Object value,
                        @Cached ArithmeticOperations.InPlace inPlaceAdd, @Cached ArithmeticOperations.Add add) {
            if (value instanceof String piece) {
                if (current instanceof StrAccumulator accumulator) {
                    return accumulator.append(piece);
                }
                if (current instanceof String start && start.length() + piece.length() >= StrAccumulator.MIN_LENGTH) {
                    return StrAccumulator.of(start, piece);
                }
            }
            Object left = current instanceof StrAccumulator accumulator ? accumulator.value() : current;
            return inPlace ? inPlaceAdd.execute(Binary.ADD, left, value) : add.execute(left, value);
        }
    }

    /** A read of such a local: the str an accumulator stands for; UnboundLocalError for an unbound local. */
    @OperationProxy.Proxyable
    @ConstantOperand(type = String.class)
    public abstract static class LoadAccumulated extends Node {
        public abstract Object execute(String name, Object value);

        @Specialization
        static long loadLong(String name, long value) {
            return value;
        }

        @Specialization
        static double loadDouble(String name, double value) {
            return value;
        }

        @Specialization(replaces = {"loadLong", "loadDouble"})
        static Object load(String name, Object value) {
            Object bound = MiniPyRootNode.CheckBound.check(name, value);
            return bound instanceof StrAccumulator accumulator ? accumulator.value() : bound;
        }
    }
}
