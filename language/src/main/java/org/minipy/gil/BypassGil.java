package org.minipy.gil;

/**
 * Not a lock: every operation only keeps the statistics. A debug design ({@code -X gil=bypass}) for measuring what
 * the real lock costs a single-threaded program; with several threads it gives no mutual exclusion at all, so it
 * must not be used for anything else. ({@code sys._is_gil_enabled()} answers False under it.)
 */
public final class BypassGil implements Gil {
    @Override
    public String name() {
        return "bypass";
    }

    @Override
    public boolean isEnabled() {
        return false;
    }

    /** The thread that acquired last: with several threads running at once, usually not the caller. */
    private volatile GilThread lastAcquirer;

    @Override
    public void acquire(GilThread t) {
        lastAcquirer = t;
        t.holding = true;
        t.holdStart = System.nanoTime();
        t.acquisitions++;
    }

    @Override
    public void release(GilThread t) {
        t.holding = false;
        t.holdNanos += System.nanoTime() - t.holdStart;
        t.voluntaryReleases++;
    }

    @Override
    public void yieldForRequest(GilThread t) {
    }

    @Override
    public GilThread holder() {
        return lastAcquirer;
    }
}
