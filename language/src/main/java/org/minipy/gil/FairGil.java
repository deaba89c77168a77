package org.minipy.gil;

import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * The {@code fair} design ({@code -X gil=fair}), for comparison with {@code cpython}: waiters form a FIFO queue and
 * the GIL is handed directly to the longest-waiting thread when it is dropped, so nobody can barge in and no
 * thread starves. Drop requests work as in {@link CPythonGil} (a waiter that saw no switch for one interval asks the
 * holder); forced switching is unnecessary because a dropped GIL already belongs to the next waiter.
 */
public final class FairGil implements Gil {
    /** Protects every field below. */
    private final ReentrantLock mutex = new ReentrantLock();
    /** Signalled whenever the GIL changes hands; each waiter checks whether it is now the holder. */
    private final Condition handedOver = mutex.newCondition();
    /** The thread that holds the GIL (it may not have woken up yet), or null when free. */
    private volatile GilThread owner;
    /** Threads waiting for the GIL, longest-waiting first. */
    private final ArrayDeque<GilThread> queue = new ArrayDeque<>();
    /** Count of hand-overs, to tell a waiter whether a switch happened during its interval. */
    private long switchNumber;
    /** The switch interval in microseconds. */
    private final LongSupplier intervalMicros;
    /** Where drop requests go. */
    private final DropRequestSink sink;

    public FairGil(LongSupplier intervalMicros, DropRequestSink sink) {
        this.intervalMicros = intervalMicros;
        this.sink = sink;
    }

    @Override
    public String name() {
        return "fair";
    }

    @Override
    public boolean isEnabled() {
        return true;
    }

    @Override
    public GilThread holder() {
        GilThread h = owner;
        return h != null && h.holding ? h : null;
    }

    @Override
    public void acquire(GilThread t) throws InterruptedException {
        long start = System.nanoTime();
        boolean waited = false;
        mutex.lock();
        try {
            if (owner == null && queue.isEmpty()) {
                owner = t;
                switchNumber++;
            } else if (owner != t) {
                waited = true;
                queue.addLast(t);
                try {
                    while (owner != t) {
                        long saved = switchNumber;
                        boolean timedOut = handedOver.awaitNanos(TimeUnit.MICROSECONDS.toNanos(Math.max(1, intervalMicros.getAsLong()))) <= 0;
                        GilThread holder = owner;
                        if (timedOut && holder != null && holder != t && switchNumber == saved && !holder.dropRequested) {
                            holder.dropRequested = true;
                            mutex.unlock();
                            try {
                                sink.requestDrop(holder);
                            } finally {
                                mutex.lock();
                            }
                        }
                    }
                } catch (InterruptedException | RuntimeException | Error e) {
                    queue.remove(t);
                    if (owner == t) {
                        handOver(); // it was handed to us as we were interrupted: pass it on
                    }
                    throw e;
                }
            }
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

    @Override
    public void yieldForRequest(GilThread t) {
        mutex.lock();
        try {
            if (t.holding) {
                drop(t);
                t.forcedDrops++;
            }
        } finally {
            mutex.unlock();
        }
    }

    private void drop(GilThread t) {
        if (owner != t || !t.holding) {
            throw new IllegalStateException("GIL released by a thread that does not hold it");
        }
        t.holding = false;
        t.holdNanos += System.nanoTime() - t.holdStart;
        handOver();
    }

    /** Gives the GIL to the longest-waiting thread, or frees it. */
    private void handOver() {
        owner = queue.pollFirst();
        if (owner != null) {
            switchNumber++;
        }
        handedOver.signalAll();
    }
}
