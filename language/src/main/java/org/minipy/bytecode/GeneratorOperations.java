package org.minipy.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.runtime.Attributes;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Calls;
import org.minipy.runtime.Iteration;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PException;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PythonContext;

/**
 * What runs around a {@code yield}: re-raising thrown-in exceptions and one step of {@code yield from}; and the
 * closing of a generator that only a {@code for} loop held ({@link LoopGenerator}, {@link CloseLoopGenerator}).
 */
final class GeneratorOperations {
    private GeneratorOperations() {
    }

    /** Marks the end of a {@code yield from}: the inner iterator's return value. */
    record YieldFromDone(Object value) {
    }

    static Object resumeValue(Object sent) {
        if (sent instanceof PGenerator.ThrowSignal signal) {
            throw signal.exception();
        }
        return sent;
    }

    /**
     * Sends {@code sent} to the inner iterator of a {@code yield from}: returns the value to yield, or a
     * {@link YieldFromDone} carrying the inner return value.
     */
    @TruffleBoundary
    static Object yieldFromStep(Object iterator, Object sent) {
        try {
            if (sent instanceof PGenerator.ThrowSignal signal) {
                if (iterator instanceof PGenerator g) {
                    return g.throwInto(signal.exception().getPythonException());
                }
                Object thrower = Attributes.lookupAttribute(iterator, "throw");
                if (thrower == null) {
                    throw signal.exception();
                }
                return Calls.call(thrower, new Object[]{signal.exception().getPythonException()});
            }
            if (iterator instanceof PGenerator g) {
                return g.send(sent);
            }
            if (sent == PNone.NONE) {
                return Iteration.next(iterator);
            }
            return Calls.callMethod(iterator, "send", sent);
        } catch (PException e) {
            if (e.matches(BuiltinTypes.STOP_ITERATION)) {
                PBaseException stop = e.getPythonException();
                Object value = stop.getArgs().size() > 0 ? stop.getArgs().get(0) : PNone.NONE;
                return new YieldFromDone(value);
            }
            throw e;
        }
    }

    /**
     * At the head of a {@code for} loop over a call ({@code for x in gen():}): the iterator when it is a generator
     * that has not started, so the loop is its only holder; otherwise null. CPython frees such a generator, and so
     * closes it (running its {@code finally} blocks and {@code with} exits), as soon as the loop is left by
     * {@code break}, {@code return} or an exception; MiniPy cannot see reference counts, so the compiler closes
     * this one generator on those exits ({@link CloseLoopGenerator}). Once per loop, never per iteration.
     */
    @OperationProxy.Proxyable
    public abstract static class LoopGenerator extends Node {
        public abstract Object execute(Object iterator);

        @Specialization
        static Object generator(PGenerator iterator) {
            return iterator.isStarted() ? null : iterator;
        }

        @Specialization(guards = "!isGenerator(iterator)")
        static Object other(Object iterator) {
            return null;
        }

        static boolean isGenerator(Object o) {
            return o instanceof PGenerator;
        }
    }

    /** Closes the generator {@link LoopGenerator} found (null: nothing to do) when its loop is left early. */
    @OperationProxy.Proxyable
    public abstract static class CloseLoopGenerator extends Node {
        public abstract void execute(Object generator);

        @Specialization
        static void close(PGenerator generator, @Bind Node node) {
            if (!generator.isExhausted()) {
                closeAbandoned(generator, node);
            }
        }

        @Specialization(guards = "!isGenerator(generator)")
        static void none(Object generator) {
        }

        static boolean isGenerator(Object o) {
            return o instanceof PGenerator;
        }
    }

    static void closeAbandoned(PGenerator generator, Node node) {
        generator.closeAbandoned(PythonContext.get(node), false);
    }
}
