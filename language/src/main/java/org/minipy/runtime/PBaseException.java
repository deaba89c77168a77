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
    /** The last raise of this object, whose Truffle stack trace gives the traceback. */
    private PException raisedAs;

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
    }
}
