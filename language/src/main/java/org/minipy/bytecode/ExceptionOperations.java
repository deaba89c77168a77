package org.minipy.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Calls;
import org.minipy.runtime.Errors;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PException;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.TypeOf;

/**
 * {@code raise}, re-raise and {@code except} matching. A raised class is instantiated first; the exception being
 * handled when a new one is raised becomes its {@code __context__} (implicit chaining), and {@code from} sets
 * {@code __cause__}.
 */
final class ExceptionOperations {
    private ExceptionOperations() {
    }

    @TruffleBoundary
    static PException raise(Object exception, Object cause, Node location) {
        PBaseException exc = toException(exception, "exceptions must derive from BaseException");
        // As CPython at the raise: the thread's handled exception (an except block here or in a caller, a finally
        // block left by an exception) becomes the context at once, even when the new one is caught in that block.
        PException handled = HandledExceptions.currentCaught();
        if (handled != null) {
            setContext(exc, handled.getPythonException());
        }
        if (cause != null) {
            if (cause == PNone.NONE) {
                exc.setCause(PNone.NONE);
            } else {
                exc.setCause(toException(cause, "exception causes must derive from BaseException"));
            }
        }
        java.util.List<PException.TracebackEntry> earlier = exc.getTraceback() instanceof org.minipy.runtime.PTraceback tb
                        ? tb.getRaise().getTraceback() : java.util.List.of();
        PException raised = new PException(exc, location);
        if (!earlier.isEmpty()) {
            raised.continueTraceback(earlier);
        }
        return raised;
    }

    private static PBaseException toException(Object value, String message) {
        if (value instanceof PythonClass cls && cls.isSubclassOf(BuiltinTypes.BASE_EXCEPTION)) {
            Object instance = Calls.call(cls, new Object[0]);
            if (instance instanceof PBaseException e) {
                return e;
            }
        } else if (value instanceof PBaseException e) {
            return e;
        }
        throw Errors.typeError(message);
    }

    @TruffleBoundary
    static RuntimeException chainContext(Object raised, Object handled) {
        if (raised instanceof PException e && handled instanceof PException h) {
            PBaseException exc = e.getPythonException();
            PBaseException context = h.getPythonException();
            if (exc.getContext() == PNone.NONE) {
                setContext(exc, context);
            }
            return e;
        }
        return (RuntimeException) raised;
    }

    /** {@code exc.__context__ = context} unless they are the same exception, without forming a cycle. */
    static void setContext(PBaseException exc, PBaseException context) {
        if (exc != context) {
            breakCycle(context, exc);
            exc.setContext(context);
        }
    }

    /** As CPython: when {@code exc} is already in {@code context}'s chain, the chain is cut there, so no cycle forms. */
    private static void breakCycle(PBaseException context, PBaseException exc) {
        java.util.Set<PBaseException> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        PBaseException o = context;
        while (seen.add(o) && o.getContext() instanceof PBaseException next) {
            if (next == exc) {
                o.setContext(PNone.NONE);
                return;
            }
            o = next;
        }
    }

    static PException reraise(Object caught) {
        if (caught instanceof PException e) {
            return e;
        }
        // A bare raise outside an except block, in a function called from one, re-raises the handled exception.
        PException handled = HandledExceptions.currentCaught();
        if (handled != null) {
            return handled;
        }
        throw Errors.runtimeError("No active exception to reraise");
    }

    static Object exceptionObject(Object caught) {
        return ((PException) caught).getPythonException();
    }

    @TruffleBoundary
    static boolean matches(Object caught, Object type) {
        if (!(caught instanceof PException e)) {
            return false;
        }
        if (type instanceof PythonClass cls) {
            if (!cls.isSubclassOf(BuiltinTypes.BASE_EXCEPTION)) {
                throw notCatchable(e);
            }
            return e.matches(cls);
        } else if (type instanceof PTuple tuple) {
            for (Object t : tuple.getItems()) {
                if (matches(caught, t)) {
                    return true;
                }
            }
            return false;
        }
        throw notCatchable(e);
    }

    /** The TypeError of a bad except clause, raised while the caught exception is being handled (its context). */
    private static RuntimeException notCatchable(PException caught) {
        return chainContext(Errors.typeError("catching classes that do not inherit from BaseException is not allowed"), caught);
    }

    static String typeName(Object o) {
        return TypeOf.nameOf(o);
    }
}
