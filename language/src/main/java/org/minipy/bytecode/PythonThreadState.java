package org.minipy.bytecode;

/**
 * Per-thread interpreter state: how deep the guest call stack is (for RecursionError) and
 * which exception is being handled (for {@code sys.exc_info()}). One instance per guest
 * thread, reached through the language's {@code ContextThreadLocal}, so no field here is shared between threads.
 */
public final class PythonThreadState {
    /** Number of guest frames currently active on this thread. */
    public int depth;
    /**
     * The exception being handled (a {@code PException}, what an except block caught), or null or None when there is none: see
     * {@link HandledExceptions}.
     */
    public Object handledException;
    /** This thread as the GIL sees it (statistics, drop requests). */
    public final org.minipy.gil.GilThread gil;

    public PythonThreadState(org.minipy.gil.GilThread gil) {
        this.gil = gil;
    }
}
