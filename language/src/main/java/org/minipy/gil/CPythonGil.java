package org.minipy.gil;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * The GIL of CPython 3.2 and later ("the new GIL", Antoine Pitrou's design, Python/ceval_gil.c), MiniPy's default.
 *
 * <h2>The algorithm in plain words</h2>
 *
 * <p>The GIL is a boolean {@code locked}, protected by a mutex and a condition variable {@code cond}. A thread must
 * hold it to run guest code.
 *
 * <p><b>Taking it.</b> A thread that wants the GIL locks the mutex. While the GIL is locked it waits on {@code cond},
 * but for at most one <i>switch interval</i> ({@code sys.setswitchinterval}, 5 ms by default). When the wait times
 * out, the GIL is still locked, and no switch happened during the wait ({@code switchNumber} is unchanged), the
 * waiter sets a <i>drop request</i> for the holder, and waits again. If a switch did happen meanwhile (some other
 * thread got the lock), the waiter makes no request: it starts another full interval. So a thread that never blocks
 * keeps the GIL for at least one interval after someone starts waiting, and then gives it up.
 * When the GIL is free the thread takes it: {@code locked = true}; if it is not the {@code lastHolder}, it becomes
 * the last holder and {@code switchNumber} is incremented; it signals {@code switchCond} (see below) and clears any
 * drop request. Which of several waiters wins is up to the OS: there is no queue and no fairness.
 *
 * <p><b>The drop request</b> is a flag the running thread looks at only at its poll points (CPython's "eval
 * breaker": function entries and loop back-edges). Between poll points it runs undisturbed. A long builtin call
 * therefore keeps the GIL throughout, and {@code counter += 1} is not atomic across a back-edge. Here the flag is
 * {@link GilThread#dropRequested} of the holder (per holder, as in CPython 3.12+); the interpreter delivers it
 * through the {@link Gil.DropRequestSink} as a Truffle thread-local action that runs at the holder's next safepoint
 * poll, which calls {@link #yieldForRequest} and then {@link #acquire}.
 *
 * <p><b>Dropping it.</b> The holder sets {@code lastHolder} to itself, clears {@code locked} and signals
 * {@code cond} to wake one waiter. Around a blocking call (sleep, a lock wait, I/O) that is all: a voluntary
 * release. When the drop was requested, the dropping thread then <i>waits on {@code switchCond} until another
 * thread has taken the GIL</i> ({@code lastHolder} is no longer itself) — "forced switching". Without it the
 * dropping thread, still running on its core, would usually take the GIL straight back before the woken waiter
 * is even scheduled (the convoy problem of the old GIL). After that it competes for the GIL again like any waiter.
 *
 * <p><b>Released native code.</b> Like a C extension that wraps its work in {@code Py_BEGIN_ALLOW_THREADS}, an
 * {@code @njit(nogil=True)} call gives the GIL up on entry (a voluntary release) and takes it back on exit like any
 * waiter. In between the thread runs guest code compiled by Truffle, so it still passes poll points, but it is in the
 * state {@link GilThread#releasedNative}: it holds nothing, so no waiter addresses a drop request to it, and it never
 * yields or waits at a poll point. Only code the numba checker accepted runs in this state (numbers, arrays, loops:
 * nothing that touches shared interpreter state that the GIL protects). Its counterpart, an {@code @njit} call without
 * {@code nogil}, is <i>held</i> native code ({@link GilThread#heldNative}): numba's machine code never looks at the
 * eval breaker, so the call keeps the GIL from entry to exit and a drop request is served only when it returns.
 *
 * <p>One addition that changes no decision: a waiter that has just made a request watches {@code locked} for a
 * moment before it sleeps again ({@link #spinBriefly}), so the hand-over does not wait for an OS wake-up.
 *
 * <p>CPython uses two mutexes (one for {@code cond}, one for {@code switchCond}); one mutex with two conditions is
 * equivalent here and simpler. The interval is read on every wait, so {@code sys.setswitchinterval} takes effect
 * at the next wait.
 */
public final class CPythonGil implements Gil {
    /** Protects every field below and both conditions (CPython's {@code gil->mutex} and {@code switch_mutex}). */
    private final ReentrantLock mutex = new ReentrantLock();
    /** Signalled when the GIL is dropped: wakes one thread waiting to take it ({@code gil->cond}). */
    private final Condition cond = mutex.newCondition();
    /** Signalled when a thread takes the GIL: wakes a thread waiting in a forced switch ({@code gil->switch_cond}). */
    private final Condition switchCond = mutex.newCondition();
    /** Whether some thread holds the GIL ({@code gil->locked}). Written under the mutex; volatile only so that
     *  {@link #spinBriefly} may watch it without the mutex. */
    private volatile boolean locked;
    /** The thread that holds the GIL, or held it last if it is free ({@code gil->last_holder}). */
    private volatile GilThread lastHolder;
    /** How many times the GIL passed from one thread to a different one ({@code gil->switch_number}). A waiter
     *  compares it before and after its timed wait to tell whether a switch happened meanwhile. */
    private long switchNumber;
    /** How many threads are inside {@link #acquire} waiting for the GIL. A forced switch waits only while someone
     *  does (a waiter that leaves, e.g. interrupted to run a thread-local action, wakes the dropper to re-check). */
    private int waiters;
    /** The switch interval in microseconds ({@code gil->interval}); read at every wait. */
    private final LongSupplier intervalMicros;
    /** Where drop requests go: the interpreter delivers them to the holder's next poll point. */
    private final DropRequestSink sink;

    public CPythonGil(LongSupplier intervalMicros, DropRequestSink sink) {
        this.intervalMicros = intervalMicros;
        this.sink = sink;
    }

    @Override
    public String name() {
        return "cpython";
    }

    @Override
    public boolean isEnabled() {
        return true;
    }

    @Override
    public GilThread holder() {
        GilThread h = lastHolder;
        return h != null && h.holding ? h : null;
    }

    /** CPython's {@code take_gil}. */
    @Override
    public void acquire(GilThread t) throws InterruptedException {
        long start = System.nanoTime();
        boolean waited = false;
        mutex.lock();
        try {
            if (locked) {
                waited = true;
                waiters++;
                try {
                    waitWhileLocked();
                } finally {
                    waiters--;
                    switchCond.signalAll(); // a forced switch re-checks whether anyone still waits
                }
            }
            locked = true;
            if (lastHolder != t) {
                lastHolder = t;
                switchNumber++;
            }
            switchCond.signalAll();
            t.dropRequested = false;
            long now = System.nanoTime();
            t.holding = true;
            t.holdStart = now;
            t.acquisitions++;
            if (waited) {
                t.waits++;
                t.waitNanos += now - start;
            }
        } finally {
            mutex.unlock();
        }
    }

    /** The waiting loop of {@code take_gil}: one interval at a time; a request when an interval passed without a
     *  switch. Called and returns with the mutex held. */
    private void waitWhileLocked() throws InterruptedException {
        while (locked) {
            long saved = switchNumber;
            long interval = Math.max(1, intervalMicros.getAsLong());
            boolean timedOut = cond.awaitNanos(TimeUnit.MICROSECONDS.toNanos(interval)) <= 0;
            if (timedOut && locked && switchNumber == saved) {
                GilThread holder = lastHolder;
                if (!holder.dropRequested) {
                    holder.dropRequested = true;
                    // Deliver outside the mutex (it may take Truffle's own locks); the loop re-checks the state.
                    mutex.unlock();
                    try {
                        sink.requestDrop(holder);
                        spinBriefly(interval);
                    } finally {
                        mutex.lock();
                    }
                }
            }
        }
    }

    /**
     * Not in CPython: having just asked, the waiter watches {@code locked} for a moment (a tenth of the interval, at
     * most 200 µs) before it sleeps again, so that taking the dropped GIL does not cost an OS wake-up (~50 µs here).
     * It changes no decision of the algorithm, only how fast the waiter notices the drop it asked for.
     */
    private void spinBriefly(long intervalMicros) {
        long deadline = System.nanoTime() + Math.min(200_000L, intervalMicros * 100L);
        while (locked && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    /** CPython's {@code drop_gil} without a pending request: wake one waiter and go. */
    @Override
    public void release(GilThread t) {
        mutex.lock();
        try {
            drop(t);
            t.voluntaryReleases++;
        } finally {
            mutex.unlock();
        }
    }

    /** CPython's {@code drop_gil} with a pending request, including the forced switch. */
    @Override
    public void yieldForRequest(GilThread t) throws InterruptedException {
        mutex.lock();
        try {
            if (t.holding) { // not when called again after an interruption
                drop(t);
                t.forcedDrops++;
            }
            // Forced switching: do not compete again until another thread has taken the GIL. Only while someone
            // still waits for it; otherwise nobody would ever take it and the wait would not end.
            while (lastHolder == t && waiters > 0) {
                switchCond.await();
            }
        } finally {
            mutex.unlock();
        }
    }

    private void drop(GilThread t) {
        if (!locked || !t.holding) {
            throw new IllegalStateException("GIL released by a thread that does not hold it");
        }
        t.holding = false;
        t.holdNanos += System.nanoTime() - t.holdStart;
        lastHolder = t;
        locked = false;
        cond.signal();
    }
}
