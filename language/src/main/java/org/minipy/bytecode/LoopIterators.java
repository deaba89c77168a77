package org.minipy.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.bytecode.ConstantOperand;
import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.runtime.PythonContext;

/**
 * CPython closes a generator as soon as its last reference goes, so a {@code for} loop left early (break, return, an
 * exception) over a generator that only the loop holds runs the generator's {@code finally} blocks right there. MiniPy
 * has no reference counts; it approximates "only the loop holds it" by how the loop got the generator: a fresh one
 * (not yet started) that came from a call or a generator expression in the {@code for} header, or that the iterable's
 * {@code __iter__} made. Such a generator is closed when the loop is left; one held by a variable is not.
 * The other place CPython programs rely on this is {@code del g} of a suspended generator: MiniPy closes the generator a
 * deleted variable held ({@link #released}), taking the variable for its last reference.
 */
public final class LoopIterators {
    private LoopIterators() {
    }

    /**
     * Marks the loop's iterator as owned by the loop when it is such a fresh generator; returns the iterator.
     * {@code temporary}: the header's expression makes a new object (a call or a generator expression).
     */
    @OperationProxy.Proxyable
    @ConstantOperand(type = boolean.class)
    public abstract static class AdoptLoopIterator extends Node {
        public abstract Object execute(boolean temporary, Object iterable, Object iterator);

        @Specialization
        static Object adopt(boolean temporary, Object iterable, Object iterator) {
            if (iterator instanceof PGenerator g && !g.isStarted() && (temporary || iterator != iterable)) {
                g.setOwnedByLoop();
            }
            return iterator;
        }
    }

    /** Leaving the loop, however: closes the iterator if the loop owns it (a no-op once it is exhausted). */
    @OperationProxy.Proxyable
    public abstract static class ReleaseLoopIterator extends Node {
        public abstract void execute(Object iterator);

        @Specialization
        static void release(Object iterator) {
            if (iterator instanceof PGenerator g && g.isOwnedByLoop() && !g.isExhausted()) {
                closeOwned(g);
            }
        }
    }

    /** {@code del name} of a local: the value the local held, closed if it is a suspended generator. */
    @OperationProxy.Proxyable
    public abstract static class ReleaseDeleted extends Node {
        public abstract void execute(Object value);

        @Specialization
        static void release(Object value) {
            released(value);
        }
    }

    /**
     * A variable that held {@code value} was deleted: a generator suspended in its body is closed now, as when CPython
     * drops its last reference (its finally blocks run here). One never started or already finished has nothing to run.
     */
    public static void released(Object value) {
        if (value instanceof PGenerator g && g.isStarted() && !g.isExhausted() && !g.isRunning()) {
            closeOwned(g);
        }
    }

    /** Errors from the close are CPython's "unraisable" ones: reported on stderr, not raised. */
    @TruffleBoundary
    private static void closeOwned(PGenerator g) {
        g.closeAbandoned(PythonContext.get(null), false);
    }
}
