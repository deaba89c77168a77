package org.minipy.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.bytecode.ContinuationResult;

import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Errors;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PException;
import org.minipy.runtime.PIterator;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PythonClass;

/**
 * A generator object. Its body is a Bytecode DSL continuation: each {@code yield} suspends the frame and hands back a
 * {@link ContinuationResult}; resuming calls the continuation with the value sent in. {@code throw()} resumes with a
 * {@link ThrowSignal}, which the code after the yield turns back into a raise inside the generator.
 */
public final class PGenerator extends PIterator {
    /** Resumes a generator so that the yield expression raises this exception. */
    public record ThrowSignal(PException exception) {
    }

    private ContinuationResult continuation;
    private final String name;
    private org.minipy.runtime.PythonCode code;
    private boolean running;
    private boolean started;
    /** Closed when the for loop that iterates it is left (see {@link LoopIterators}). */
    private boolean ownedByLoop;
    private PythonClass pythonClass = BuiltinTypes.GENERATOR;

    public PGenerator(ContinuationResult initial, String name) {
        this.continuation = initial;
        this.name = name;
    }

    public String getName() {
        return name;
    }

    /** {@code gi_code}: the code object of the generator function; null for generators made otherwise. */
    public org.minipy.runtime.PythonCode getCode() {
        return code;
    }

    public void setCode(org.minipy.runtime.PythonCode code) {
        this.code = code;
    }

    @Override
    public PythonClass getPythonClass() {
        return pythonClass;
    }

    /** For itertools' iterators, which are generators under classes of their own (see LibrarySupportModule). */
    public void setPythonClass(PythonClass cls) {
        this.pythonClass = cls;
    }

    @Override
    public Object nextOrNull() {
        return resumeOrNull(PNone.NONE);
    }

    @Override
    public Object next() {
        return send(PNone.NONE);
    }

    /**
     * {@code send(value)}: the next yielded value, or null when the generator returned (the return value is lost) or
     * was already exhausted. Loops and builtins that consume a generator end this way, without a StopIteration.
     */
    @TruffleBoundary
    public Object resumeOrNull(Object sent) {
        if (continuation == null) {
            return null;
        }
        return finishResume(run(sent));
    }

    /** Resumes with a value; raises StopIteration(return value) when the body finishes. */
    @TruffleBoundary
    public Object send(Object sent) {
        Object result = run(sent);
        Object value = finishResume(result);
        if (value == null) {
            throw Errors.stopIteration(result);
        }
        return value;
    }

    /** Runs the body from where it stopped: a ContinuationResult when it yielded, else the value it returned. */
    private Object run(Object sent) {
        PythonThreadState ts = org.minipy.MiniPyLanguage.getThreadState(null);
        enterFrame(ts, org.minipy.runtime.PythonContext.get(null).getRecursionLimit());
        ContinuationResult suspended = beginResume(sent);
        ts.depth++;
        try {
            return leaveFrameIfSuspended(ts, suspended.continueWith(sent));
        } catch (PException e) {
            throw failedResume(e);
        } finally {
            running = false;
        }
    }

    /**
     * A suspended generator's frame is not on the stack, so it does not count towards the recursion limit: resuming
     * puts it back (the caller increments {@code depth} after {@link #beginResume}, as the prolog does for a call) and
     * a yield takes it off again ({@link #leaveFrameIfSuspended}); when the body returns or raises, the epilog does.
     */
    static void enterFrame(PythonThreadState ts, int limit) {
        if (ts.depth >= limit) {
            throw Errors.raise(BuiltinTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
    }

    /** What a resume's continuation call gave back; a yield (a ContinuationResult) leaves the generator's frame. */
    static Object leaveFrameIfSuspended(PythonThreadState ts, Object result) {
        if (result instanceof ContinuationResult) {
            ts.depth--;
        }
        return result;
    }

    /** The continuation to resume, or null when the generator is exhausted. */
    ContinuationResult suspended() {
        return continuation;
    }

    /**
     * The first half of a resume: checks that the generator may run now, marks it running and makes sure its
     * continuation enters the current bytecode ({@link ContinuationRepair}). The caller then runs
     * the continuation, passes any exception it raises through {@link #failedResume}, clears {@link #running} and
     * ends with {@link #finishResume}.
     */
    ContinuationResult beginResume(Object sent) {
        ContinuationResult suspended = continuation;
        if (suspended == null) {
            throw Errors.stopIteration(PNone.NONE);
        }
        if (!started && sent != PNone.NONE && !(sent instanceof ThrowSignal)) {
            throw Errors.typeError("can't send non-None value to a just-started generator");
        }
        if (running) {
            throw Errors.raise(BuiltinTypes.VALUE_ERROR, "generator already executing");
        }
        started = true;
        running = true;
        ContinuationRepair.repair(suspended);
        return suspended;
    }

    void endRunning() {
        running = false;
    }

    /** The body raised: the generator is finished, and a StopIteration escaping it becomes a RuntimeError (PEP 479). */
    PException failedResume(PException e) {
        continuation = null;
        if (e.matches(BuiltinTypes.STOP_ITERATION)) {
            return stopIterationEscaped(e);
        }
        return e;
    }

    @TruffleBoundary
    private static PException stopIterationEscaped(PException e) {
        PException error = Errors.runtimeError("generator raised StopIteration");
        error.getPythonException().setCause(e.getPythonException());
        error.getPythonException().setContext(e.getPythonException());
        return error;
    }

    /** The value the body yielded, or null when it returned ({@code result} is then the return value). */
    Object finishResume(Object result) {
        if (result instanceof ContinuationResult next) {
            continuation = next;
            return next.getResult();
        }
        continuation = null;
        return null;
    }

    @TruffleBoundary
    public Object throwInto(PBaseException exception) {
        PException pe = new PException(exception, null).thrownIn();
        if (continuation == null) {
            throw pe;
        }
        if (!started) {
            continuation = null;
            throw pe;
        }
        return send(new ThrowSignal(pe));
    }

    @TruffleBoundary
    public void close() {
        if (continuation == null) {
            return;
        }
        if (!started) {
            continuation = null;
            return;
        }
        try {
            throwInto(new PBaseException(BuiltinTypes.GENERATOR_EXIT, new org.minipy.runtime.PTuple(new Object[0])));
        } catch (PException e) {
            if (e.matches(BuiltinTypes.GENERATOR_EXIT) || e.matches(BuiltinTypes.STOP_ITERATION)) {
                return;
            }
            throw e;
        }
        throw Errors.runtimeError("generator ignored GeneratorExit");
    }

    /**
     * Closes a generator nobody can resume any more (its loop was left, the program is ending). As when CPython
     * finalizes one, an exception from its {@code finally} blocks cannot go anywhere: it is reported as
     * "Exception ignored in: ..." on stderr.
     */
    @TruffleBoundary
    public void closeAbandoned(org.minipy.runtime.PythonContext context, boolean atExit) {
        try {
            close();
        } catch (PException e) {
            context.getOut().flush();
            Tracebacks.printUnraisable(org.minipy.runtime.Repr.repr(this), e.getPythonException(), context.getErr(), !atExit);
        }
    }

    /**
     * At the end of the program, CPython frees the modules' globals, and a generator suspended inside a try or with
     * block that a global still holds runs its finally blocks then. MiniPy does the same for generators held
     * directly by a global of {@code __main__} or of another module loaded from a {@code .mpy} file, in that order;
     * a generator held only inside a container or by a local of a finished frame is not found.
     */
    @TruffleBoundary
    public static void closeGlobalGenerators(org.minipy.runtime.PythonContext context) {
        java.util.List<org.minipy.runtime.PModule> modules = new java.util.ArrayList<>();
        if (context.getModules().get("__main__") instanceof org.minipy.runtime.PModule main) {
            modules.add(main);
        }
        for (Object m : context.getModules().values().toArray()) {
            if (m instanceof org.minipy.runtime.PModule module && !modules.contains(module) &&
                            module.getGlobal("__file__") instanceof String file && file.endsWith(".mpy") && !file.startsWith("<")) {
                modules.add(module);
            }
        }
        for (org.minipy.runtime.PModule module : modules) {
            for (org.minipy.runtime.PDict.Entry entry : module.toDict().entriesSnapshot()) {
                if (entry.value instanceof PGenerator g && g.started && g.continuation != null && !g.running) {
                    g.closeAbandoned(context, true);
                }
            }
        }
    }

    public boolean isStarted() {
        return started;
    }

    public boolean isRunning() {
        return running;
    }

    void setOwnedByLoop() {
        ownedByLoop = true;
    }

    boolean isOwnedByLoop() {
        return ownedByLoop;
    }

    /**
     * What {@code gi_frame} shows of the suspended body: {@code [globals dict, line]} (its first line before it
     * starts, as CPython's {@code f_lineno}); null once the generator has finished. (No {@code f_locals}: the
     * continuation's frame does not give its values back through {@code BytecodeNode.getLocalValues}.)
     */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public Object[] describeFrame() {
        if (continuation == null) {
            return null;
        }
        Object function = continuation.getFrame().getArguments()[org.minipy.runtime.PythonCode.ARG_FUNCTION];
        long line = code != null ? code.getDecoratedFirstLine() : 0;
        com.oracle.truffle.api.bytecode.BytecodeLocation location = continuation.getBytecodeLocation();
        if (started && location != null) {
            com.oracle.truffle.api.source.SourceSection section = location.getSourceLocation();
            if (section != null && section.isAvailable()) {
                line = section.getStartLine();
            }
        }
        return new Object[]{((org.minipy.runtime.PFunction) function).getGlobals().toDict(), line};
    }

    public boolean isExhausted() {
        return continuation == null;
    }
}
