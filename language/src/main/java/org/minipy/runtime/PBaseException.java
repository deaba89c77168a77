package org.minipy.runtime;

/**
 * A Python exception object: an instance of {@code BaseException} or a subclass (builtin or user-defined). The Java
 * exception that carries it up the stack is {@link PException}; this object is what {@code except ... as e} binds.
 */
public final class PBaseException extends PythonObject {
    private PTuple args;
    private Object cause = PNone.NONE;
    private Object context = PNone.NONE;
    private boolean suppressContext;
    /** The last raise of this object, whose recorded frames ({@link PException#getTraceback()}) are the traceback. */
    private PException raisedAs;
    /** {@code __traceback__}: null while it follows {@link #raisedAs}; None or a traceback once assigned. */
    private Object traceback;

    /** For a NameError: the module whose globals were searched, for the traceback's "Did you mean" (or null). */
    private Object nameScope;

    public Object getNameScope() {
        return nameScope;
    }

    public void setNameScope(Object nameScope) {
        this.nameScope = nameScope;
    }

    /** For an exception group: {@code message} and {@code exceptions} (a tuple), read-only once made; else null. */
    private String groupMessage;
    private PTuple groupExceptions;

    public String getGroupMessage() {
        return groupMessage;
    }

    public PTuple getGroupExceptions() {
        return groupExceptions;
    }

    public void initGroup(String message, PTuple exceptions) {
        this.groupMessage = message;
        this.groupExceptions = exceptions;
    }

    public PBaseException(PythonClass cls, PTuple args) {
        super(cls);
        this.args = args;
    }

    public PTuple getArgs() {
        return args;
    }

    public void setArgs(PTuple args) {
        this.args = args;
    }

    public Object getCause() {
        return cause;
    }

    /** {@code raise X from Y} sets the cause and suppresses the implicit context, as CPython does. */
    public void setCause(Object cause) {
        this.cause = cause;
        this.suppressContext = true;
    }

    public Object getContext() {
        return context;
    }

    public void setContext(Object context) {
        this.context = context;
    }

    public boolean isSuppressContext() {
        return suppressContext;
    }

    public void setSuppressContext(boolean suppressContext) {
        this.suppressContext = suppressContext;
    }

    public PException getRaisedAs() {
        return raisedAs;
    }

    public void setRaisedAs(PException raisedAs) {
        this.raisedAs = raisedAs;
        this.traceback = null;
    }

    /** {@code __traceback__}: None until the exception is raised (or after {@code with_traceback(None)}). */
    public Object getTraceback() {
        if (traceback == null) {
            if (raisedAs == null || raisedAs.getTraceback().isEmpty()) {
                // (the group except* wraps a naked exception in has no frames until it is raised on)
                return PNone.NONE;
            }
            traceback = new PTraceback(raisedAs);
        }
        return traceback;
    }

    /** {@code with_traceback(tb)} and assignments to {@code __traceback__}. */
    public void setTraceback(Object tb) {
        if (tb != PNone.NONE && !(tb instanceof PTraceback)) {
            throw Errors.typeError("__traceback__ must be a traceback or None");
        }
        this.traceback = tb;
    }
}
