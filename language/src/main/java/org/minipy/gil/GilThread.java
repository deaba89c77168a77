package org.minipy.gil;

/**
 * One guest thread as the GIL sees it: its names, whether it holds the lock, the drop request addressed to it, and
 * its statistics ({@code gil.stats()}, {@code -X gilstats}). Counters are written only by the thread itself or while
 * the lock design's mutex is held, and read by others for reports only.
 */
public final class GilThread {
    /** The Java (and OS) thread. */
    public final Thread thread;
    /** The guest-visible name (threading's name), set when the thread starts. */
    public volatile String name;
    /** The OS thread id ({@code threading.get_native_id()}). */
    public volatile long nativeId;
    /** True while this thread holds the GIL. Written only by this thread. */
    public volatile boolean holding;
    /** Set by a waiter that saw no switch for one interval; cleared when this thread takes the lock. This is the
     *  "eval breaker" bit: the holder looks at it at its next poll point. */
    public volatile boolean dropRequested;
    /**
     * True while this thread runs released native code: a {@code @njit(nogil=True)} call, which runs guest code
     * compiled by Truffle without the GIL (see {@link GilControl#enterReleasedNative}). Its poll points then take no
     * part in the GIL protocol: nobody addresses drop requests to a thread that does not hold the lock, a stale one
     * is ignored ({@link #holding} is false), and the {@code gilcheck} hook does not count it. Written only by this
     * thread.
     */
    public volatile boolean releasedNative;
    /**
     * True while this thread runs held native code: a {@code @njit} call without {@code nogil}, which keeps the GIL
     * for the whole call as numba's machine code does (see {@link GilControl#enterHeldNative}): drop requests wait
     * until the call ends. Written only by this thread.
     */
    public volatile boolean heldNative;
    /** Released native calls made, and the time spent in them (nanoseconds): released time in the statistics. */
    public long nativeCalls;
    public long nativeNanos;
    /** When the current released native call began. */
    long nativeStart;
    /** When this thread ended (0 while alive), for the report. */
    public volatile long endedAtNanos;
    /** CPU time at the end, for threads that are gone. */
    public volatile long cpuNanosAtEnd = -1;

    // Statistics.
    /** Times this thread took the lock. */
    public long acquisitions;
    /** Times it had to wait for the lock (it was held by another thread when asked for). */
    public long waits;
    /** Drop requests served: times it gave the lock up because a waiter asked. */
    public long forcedDrops;
    /** Voluntary releases: around blocking calls and at thread end. */
    public long voluntaryReleases;
    /** Total time spent waiting for the lock, in nanoseconds. */
    public long waitNanos;
    /** Total time spent holding the lock, in nanoseconds. */
    public long holdNanos;
    /** When the current hold began (valid while {@link #holding}). */
    long holdStart;
    /** With {@code -X giltrace}: when the current hold began, when the thread last released, and why. */
    volatile long traceHoldStart;
    volatile long releasedAt;
    volatile String releasedAs = "released";
    /** When the last drop request was sent (debugging). */
    public volatile long requestedAt;

    /** When the current hold began (meaningful while {@link #holding}). */
    public long holdStartNanos() {
        return holdStart;
    }

    public GilThread(Thread thread, String name) {
        this.thread = thread;
        this.name = name;
    }
}
