package org.minipy.gil;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.ThreadLocalAction;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.nodes.Node;

/**
 * Connects a {@link Gil} design to Truffle, once per interpreter: delivers drop requests to the holder's next poll
 * point as a {@link ThreadLocalAction} (Truffle runs it at the next safepoint poll — the Bytecode DSL's loop
 * back-edges and function entries), makes every wait interruptible so thread-local actions (exit, cancellation)
 * still reach blocked threads, releases the lock around blocking calls ({@link #blocking}) and around released
 * native calls ({@link #enterReleasedNative}: {@code @njit(nogil=True)}), and keeps every
 * thread's {@link GilThread} for the statistics.
 */
public final class GilControl {
    /** {@code -Dminipy.gilcheck=true}: guest function entries check that the running thread holds the GIL (a test
     *  hook for "never two threads in guest code at once"). Off, it folds away in compiled code. */
    public static final boolean CHECK = Boolean.getBoolean("minipy.gilcheck");

    private static final boolean DEBUG = Boolean.getBoolean("minipy.gildebug");
    private final Gil gil;
    private final TruffleLanguage.Env env;
    /** Every guest thread that ever ran in this interpreter, in start order (the statistics outlive threads). */
    private final List<GilThread> threads = new ArrayList<>();
    /** Number of times a guest function was entered by a thread that did not hold the GIL (with {@link #CHECK}). */
    private final java.util.concurrent.atomic.AtomicLong violations = new java.util.concurrent.atomic.AtomicLong();
    /** When the interpreter started, for the report. */
    public final long startNanos = System.nanoTime();

    /** The span recorder of {@code -X giltrace=FILE}, or null. */
    private volatile GilTrace trace;

    public void startTrace() {
        trace = new GilTrace();
    }

    public GilTrace trace() {
        return trace;
    }

    /** Finds the calling thread's record. */
    private final java.util.function.Supplier<GilThread> currentThread;

    public GilControl(String design, TruffleLanguage.Env env, java.util.function.LongSupplier intervalMicros,
                    java.util.function.Supplier<GilThread> currentThread) {
        this.env = env;
        this.currentThread = currentThread;
        this.gil = switch (design) {
            case "bypass" -> new BypassGil();
            case "cpython", "1" -> new CPythonGil(intervalMicros, this::deliver);
            case "fair" -> new FairGil(intervalMicros, this::deliver);
            default -> {
                // legacy, fair and off (SPEC §4) are not written yet
                warn(env, "mpy: -X gil=" + design + " is not available (designs: cpython, fair, bypass); using cpython\n");
                yield new CPythonGil(intervalMicros, this::deliver);
            }
        };
    }

    private static void warn(TruffleLanguage.Env env, String line) {
        try {
            env.err().write(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            env.err().flush();
        } catch (java.io.IOException e) {
            // stderr is gone
        }
    }

    public Gil gil() {
        return gil;
    }

    /** Registers a thread entering this interpreter. */
    public synchronized void register(GilThread t) {
        threads.add(t);
    }

    public synchronized List<GilThread> threads() {
        return new ArrayList<>(threads);
    }

    public long violations() {
        return violations.get();
    }

    /** The drop request, delivered to the holder's next poll point. */
    private void deliver(GilThread holder) {
        if (DEBUG) {
            holder.requestedAt = System.nanoTime();
        }
        try {
            Future<Void> unused = env.submitThreadLocal(new Thread[]{holder.thread}, new DropAction());
        } catch (IllegalStateException | IllegalArgumentException e) {
            // The holder has left the context (it is ending); it releases the GIL on its way out.
        }
    }

    /** Runs at the holder's poll point: gives the GIL up as asked, then competes for it again. */
    private final class DropAction extends ThreadLocalAction {
        DropAction() {
            super(true, false);
        }

        @Override
        protected void perform(Access access) {
            GilThread t = current();
            if (DEBUG) {
                System.err.printf("drop action on %s after %.3f ms (holding=%s requested=%s)%n", t.name, (System.nanoTime() - t.requestedAt) / 1e6, t.holding, t.dropRequested);
            }
            if (t != null && t.holding && t.dropRequested && !t.heldNative) {
                serveDropRequest(access.getLocation(), t);
            }
        }
    }

    /** Gives the GIL up as a waiter asked (with forced switching), then competes for it again. */
    private void serveDropRequest(Node node, GilThread t) {
        traceRelease(t, "released (drop request)");
        interruptibly(node, gil::yieldForRequest, t);
        acquire(node, t);
    }

    /** The current thread's record (the interpreter keeps it in its per-thread state). */
    @TruffleBoundary
    public GilThread current() {
        return currentThread.get();
    }

    /**
     * Takes the GIL for {@code t} (blocking, interruptible by thread-local actions). A guest exception thrown by an
     * action meanwhile (KeyboardInterrupt) is raised only once the GIL is held again, since the handlers it
     * unwinds through are guest code.
     */
    @TruffleBoundary
    public void acquire(Node node, GilThread t) {
        long start = System.nanoTime();
        long waits = t.waits;
        com.oracle.truffle.api.exception.AbstractTruffleException pending = null;
        while (!t.holding) {
            try {
                interruptibly(node, gil::acquire, t);
            } catch (com.oracle.truffle.api.exception.AbstractTruffleException e) {
                if (pending == null) {
                    pending = e;
                }
            }
        }
        GilTrace tr = trace;
        if (tr != null) {
            long now = System.nanoTime();
            if (t.releasedAt != 0) {
                tr.span(t, t.releasedAs, t.releasedAt, start);
            }
            if (t.waits != waits) {
                tr.span(t, "waiting", start, now);
            }
            t.traceHoldStart = now;
        }
        if (pending != null) {
            throw pending;
        }
    }

    /** At exit: ends the calling thread's holding span in the trace (it keeps the GIL). */
    public void traceFinish() {
        GilThread t = current();
        if (t != null && t.holding) {
            traceRelease(t, "released");
        }
    }

    /** Closes the current holding span of {@code t} (with {@code -X giltrace}); {@code how} names the release. */
    private void traceRelease(GilThread t, String how) {
        GilTrace tr = trace;
        if (tr != null) {
            long now = System.nanoTime();
            tr.span(t, "holding", t.traceHoldStart, now);
            t.releasedAt = now;
            t.releasedAs = how;
        }
    }

    /** Gives the GIL up (voluntarily, e.g. when a thread ends or the main program is done). */
    @TruffleBoundary
    public void release(GilThread t) {
        if (t.holding) {
            traceRelease(t, "released");
            gil.release(t);
        }
    }

    /**
     * Starts a released native call ({@code @njit(nogil=True)}): {@code t} gives the GIL up and, until
     * {@link #exitReleasedNative}, runs compiled guest code without it. Answers false (and changes nothing) when
     * {@code t} does not hold the GIL — a nested nogil call, or the {@code bypass} design's threads — so the caller
     * just runs the function.
     */
    @TruffleBoundary
    public boolean enterReleasedNative(GilThread t) {
        if (t == null || !t.holding || t.releasedNative) {
            return false;
        }
        traceRelease(t, "released (nogil call)");
        gil.release(t);
        t.releasedNative = true;
        t.nativeCalls++;
        t.nativeStart = System.nanoTime();
        return true;
    }

    /**
     * Ends a released native call: takes the GIL back. Called in a {@code finally}, so an exception thrown inside the
     * call (or a KeyboardInterrupt delivered at one of its poll points) propagates only once the lock is held again.
     */
    @TruffleBoundary
    public void exitReleasedNative(Node node, GilThread t) {
        t.releasedNative = false;
        t.nativeNanos += System.nanoTime() - t.nativeStart;
        acquire(node, t);
    }

    /**
     * Starts a held native call ({@code @njit} without {@code nogil}): like numba's machine code, which never looks at
     * the eval breaker, the call keeps the GIL from entry to exit — its poll points serve no drop request, so two
     * threads are never inside such calls at once. Answers false (changing nothing) when the thread is already in a
     * native call or does not hold the GIL.
     */
    @TruffleBoundary
    public boolean enterHeldNative(GilThread t) {
        if (t == null || !t.holding || t.heldNative || t.releasedNative) {
            return false;
        }
        t.heldNative = true;
        return true;
    }

    /** Ends a held native call; a drop request that arrived meanwhile is served now. */
    @TruffleBoundary
    public void exitHeldNative(Node node, GilThread t) {
        t.heldNative = false;
        if (t.holding && t.dropRequested) {
            serveDropRequest(node, t);
        }
    }

    /** A blocking operation that runs without the GIL; Truffle interrupts it to run thread-local actions. */
    public interface Blocking<R> {
        R run() throws InterruptedException;
    }

    /**
     * Runs {@code op} with the GIL released, then takes the GIL back. The operation is run again after an
     * interruption (so it must be restartable: compute remaining time from a deadline).
     */
    @TruffleBoundary
    public <R> R blocking(Node node, Blocking<R> op) {
        GilThread t = current();
        boolean held = t != null && t.holding;
        if (held) {
            traceRelease(t, "released (blocking call)");
            gil.release(t);
        }
        try {
            Object[] result = new Object[1];
            TruffleSafepoint.setBlockedThreadInterruptible(node, o -> result[0] = op.run(), null);
            @SuppressWarnings("unchecked")
            R r = (R) result[0];
            return r;
        } finally {
            if (held) {
                acquire(node, t);
            }
        }
    }

    /**
     * Runs native-style compute (array loops over primitive buffers, never guest objects or frames) with the GIL
     * released, on the calling thread, then takes the GIL back — what a C extension does between
     * {@code Py_BEGIN_ALLOW_THREADS} and {@code Py_END_ALLOW_THREADS}. The work is not interruptible (it is short and
     * non-blocking); thread-local actions that arrive meanwhile run once the GIL is held again. Counts as a voluntary
     * release, and {@code -X giltrace} shows the span as {@code released (array operation)}. Callers decide when
     * the work is big enough to be worth it (numpy: at least 500 elements).
     */
    @TruffleBoundary
    public <R> R withoutGil(Node node, java.util.function.Supplier<R> work) {
        GilThread t = current();
        boolean held = t != null && t.holding;
        if (held) {
            traceRelease(t, "released (array operation)");
            gil.release(t);
        }
        try {
            return work.get();
        } finally {
            if (held) {
                acquire(node, t);
            }
        }
    }

    private static <T> void interruptibly(Node node, TruffleSafepoint.Interruptible<T> body, T arg) {
        TruffleSafepoint.setBlockedThreadInterruptible(node, body, arg);
    }

    /** The {@link #CHECK} hook: counts a guest function entered by a thread that does not hold the GIL. */
    @TruffleBoundary
    public void checkHolder() {
        GilThread t = current();
        if (t != null && t.releasedNative) {
            return; // a nogil call runs without the GIL by design
        }
        if (t == null || !t.holding || gil.holder() != t) {
            violations.incrementAndGet();
        }
    }
}
