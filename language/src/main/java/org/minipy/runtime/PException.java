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

    public PException(PBaseException pythonException, Node location) {
        super(null, null, UNLIMITED_STACK_TRACE, location);
        this.pythonException = pythonException;
        pythonException.setRaisedAs(this);
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
