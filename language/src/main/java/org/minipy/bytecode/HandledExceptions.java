package org.minipy.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.MiniPyLanguage;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PException;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTuple;

/**
 * The exception "being handled" on a thread, what {@code sys.exc_info()} reports: set when an {@code except} block
 * (or a {@code with} block's {@code __exit__}) starts and restored when it ends, however it ends. The previous value
 * is kept in a local of the frame that entered the handler, so the thread's state is a stack spread over the frames;
 * the code of a {@code try} body, and code that never raises, does no work for it.
 */
public final class HandledExceptions {
    private HandledExceptions() {
    }

    /**
     * An exception raised while an except clause's type was being computed ({@code except ValueErorr:}): CPython
     * handles the caught exception by then, so it becomes the new one's context. Rethrows the new one.
     */
    @OperationProxy.Proxyable
    public abstract static class RaiseWhileMatching extends Node {
        public abstract Object execute(Object raised, Object caught);

        @Specialization
        static Object raise(Object raised, Object caught) {
            throw ExceptionOperations.chainContext(raised, caught);
        }
    }

    /** Start of an except block: the caught exception becomes the handled one; returns the previous one. */
    @OperationProxy.Proxyable
    public abstract static class EnterHandler extends Node {
        public abstract Object execute(Object caught);

        @Specialization
        static Object enter(Object caught, @Bind Node node) {
            PythonThreadState ts = MiniPyLanguage.getThreadState(node);
            Object previous = ts.handledException;
            ts.handledException = caught;
            if (previous instanceof PException && !(caught instanceof PException e && e.isThrownIn())) {
                // Raised while that one was being handled (here or in a function called from its handler): that
                // one becomes its __context__. A raise statement did this already (ExceptionOperations.raise); this
                // covers errors the runtime raises (1/0, a builtin), for which CPython does it at the raise too.
                ExceptionOperations.chainContext(caught, previous);
            }
            return previous == null ? PNone.NONE : previous;
        }
    }

    /**
     * A generator resumed inside an except block takes its handled exception back from the resumer (whose one is
     * returned, to be restored when the block is left); unlike {@link EnterHandler} this chains nothing, as nothing
     * was raised.
     */
    @OperationProxy.Proxyable
    public abstract static class ResumeHandler extends Node {
        public abstract Object execute(Object caught);

        @Specialization
        static Object resume(Object caught, @Bind Node node) {
            PythonThreadState ts = MiniPyLanguage.getThreadState(node);
            Object previous = ts.handledException;
            ts.handledException = caught;
            return previous == null ? PNone.NONE : previous;
        }
    }

    /**
     * The value a generator suspended inside one of its own except blocks was resumed with: when it is a throw(), the
     * thrown exception takes the generator's handled exception (just taken back) as its context, as CPython chains
     * it to the generator's own exception state; returns the value.
     */
    @OperationProxy.Proxyable
    public abstract static class ChainThrown extends Node {
        public abstract Object execute(Object resumed);

        @Specialization
        static Object chain(Object resumed) {
            if (resumed instanceof PGenerator.ThrowSignal signal) {
                chainToHandled(signal.exception());
            }
            return resumed;
        }
    }

    @TruffleBoundary
    private static void chainToHandled(PException thrown) {
        PException handled = currentCaught();
        if (handled != null) {
            ExceptionOperations.chainContext(thrown, handled);
        }
    }

    /** End of an except block (normally, by return/break/continue, or by an exception): restores the previous one. */
    @OperationProxy.Proxyable
    public abstract static class LeaveHandler extends Node {
        public abstract void execute(Object previous);

        @Specialization
        static void leave(Object previous, @Bind Node node) {
            MiniPyLanguage.getThreadState(node).handledException = previous;
        }
    }

    /** The handled exception's Python object on this thread, or null. */
    @TruffleBoundary
    public static PBaseException current() {
        return toException(MiniPyLanguage.getThreadState(null).handledException);
    }

    /** {@code sys.exc_info()}: {@code (type, value, traceback)}, or three Nones outside any handler. */
    @TruffleBoundary
    public static PTuple excInfo() {
        PBaseException exc = current();
        if (exc == null) {
            return new PTuple(new Object[]{PNone.NONE, PNone.NONE, PNone.NONE});
        }
        return new PTuple(new Object[]{exc.getPythonClass(), exc, exc.getTraceback()});
    }

    /** Makes {@code caught} the handled exception while {@code action} runs (a {@code with} block's {@code __exit__}). */
    @TruffleBoundary
    static <T> T whileHandling(Object caught, java.util.function.Supplier<T> action) {
        PythonThreadState ts = MiniPyLanguage.getThreadState(null);
        Object previous = ts.handledException;
        ts.handledException = caught;
        try {
            return action.get();
        } finally {
            ts.handledException = previous;
        }
    }

    private static PBaseException toException(Object handled) {
        if (handled instanceof PException e) {
            return e.getPythonException();
        } else if (handled instanceof PBaseException e) {
            return e;
        }
        return null;
    }

    /** The handled exception as a caught exception (for a bare {@code raise} outside an except block), or null. */
    @TruffleBoundary
    static PException currentCaught() {
        return MiniPyLanguage.getThreadState(null).handledException instanceof PException e ? e : null;
    }
}
