package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.nodes.Node;

/**
 * The Java throwable that carries a Python exception object ({@link PBaseException}) up the guest stack. Truffle
 * records the guest frames it passes through, which become the lines of the Python traceback.
 */
public final class PException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    private final PBaseException pythonException;

    /**
     * One frame the exception passed through, innermost first, recorded by the interpreter as it unwinds (CPython's
     * traceback chain). {@code location} is the bytecode node and {@code index} the instruction that was running;
     * {@code depth} tells a re-raise in the same frame from a new frame.
     */
    public record TracebackEntry(Object root, Node location, int index, int depth) {
    }

    private java.util.ArrayList<TracebackEntry> traceback;

    public PException(PBaseException pythonException, Node location) {
        super(null, null, UNLIMITED_STACK_TRACE, location);
        this.pythonException = pythonException;
        pythonException.setRaisedAs(this);
    }

    /**
     * Set on an exception raised as a frame is entered (RecursionError): as in CPython, the call fails in the caller,
     * so the frame that was never entered gets no traceback entry.
     */
    private boolean raisedOnEntry;

    public PException raisedOnEntry() {
        raisedOnEntry = true;
        return this;
    }

    /**
     * Re-raised where it was caught without an entry for this frame, as CPython's RERAISE (the result of an except*
     * statement): the next frame that records itself is skipped, as for {@link #raisedOnEntry}.
     */
    private Object skippedRoot;
    private int skippedDepth;

    public PException notRecordedHere() {
        raisedOnEntry = true;
        return this;
    }

    /** A part of a caught exception group, raised (by except*) with the frames the group went through. */
    @TruffleBoundary
    public void inheritTraceback(java.util.List<TracebackEntry> frames) {
        traceback = new java.util.ArrayList<>(frames);
    }

    /**
     * Set on an exception that {@code generator.throw()} puts into a generator: CPython restores it as the current
     * error without the raise-time chaining, so the exception the resumer was handling does not become its context
     * (only the generator's own one does, {@code HandledExceptions.ChainThrown}).
     */
    private boolean thrownIn;

    public PException thrownIn() {
        thrownIn = true;
        return this;
    }

    public boolean isThrownIn() {
        return thrownIn;
    }

    /** Set by {@link #continueTraceback}: the next frame is recorded even when it is the one recorded last. */
    private boolean raisedAgain;

    /**
     * {@code raise e} of an exception that already has a traceback: as in CPython, the frames it went through before
     * stay below the ones it passes now, and the frame of this raise gets an entry of its own even when it is the
     * frame where the exception was caught (unlike a bare {@code raise}).
     */
    @TruffleBoundary
    public void continueTraceback(java.util.List<TracebackEntry> earlier) {
        traceback = new java.util.ArrayList<>(earlier);
        raisedAgain = true;
    }

    /** Adds the frame the exception is leaving, unless it is the frame recorded last (a re-raise there). */
    @TruffleBoundary
    public void recordFrame(Object root, Node location, int index, int depth) {
        if (raisedOnEntry) {
            // (the exception can be caught and rethrown inside this frame before it leaves: those are skipped too)
            raisedOnEntry = false;
            skippedRoot = root;
            skippedDepth = depth;
            return;
        }
        if (skippedRoot != null) {
            if (skippedRoot == root && skippedDepth == depth) {
                return;
            }
            skippedRoot = null;
        }
        if (traceback == null) {
            traceback = new java.util.ArrayList<>(4);
        } else if (raisedAgain) {
            raisedAgain = false;
        } else {
            TracebackEntry last = traceback.get(traceback.size() - 1);
            if (last.root() == root && last.depth() == depth) {
                return;
            }
        }
        traceback.add(new TracebackEntry(root, location, index, depth));
    }

    /** The frames recorded so far, innermost first. */
    public java.util.List<TracebackEntry> getTraceback() {
        return traceback == null ? java.util.List.of() : traceback;
    }

    public PBaseException getPythonException() {
        return pythonException;
    }

    public PythonClass getPythonClass() {
        return pythonException.getPythonClass();
    }

    /** Whether the Python exception is an instance of {@code type}, as {@code except type:} tests. */
    public boolean matches(PythonClass type) {
        return pythonException.getPythonClass().isSubclassOf(type);
    }

    @Override
    @TruffleBoundary
    public String getMessage() {
        return pythonException.getPythonClass().getName() + ": " + Errors.messageOf(pythonException);
    }
}
