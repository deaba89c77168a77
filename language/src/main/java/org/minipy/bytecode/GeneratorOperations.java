package org.minipy.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.runtime.Attributes;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Calls;
import org.minipy.runtime.Iteration;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PException;
import org.minipy.runtime.PNone;

/**
 * What runs around a {@code yield}: re-raising thrown-in exceptions and one step of {@code yield from}.
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
}
