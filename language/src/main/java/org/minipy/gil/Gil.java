package org.minipy.gil;

/**
 * What the interpreter asks of a global interpreter lock, so that different lock designs (SPEC §4: {@code cpython},
 * and later {@code legacy}, {@code fair}, {@code off}) can be put beside each other without touching the
 * interpreter. The interpreter calls {@link #acquire} before running guest code on a thread, {@link #release} around
 * every blocking call and when a thread ends, and {@link #yieldForRequest} at a poll point when
 * {@link GilThread#dropRequested} is set.
 *
 * <p>A design asks a holder to drop the lock through the {@link DropRequestSink} given to it: the interpreter
 * delivers the request to the holder's next poll point (a loop back-edge or a function entry).
 */
public interface Gil {
    /** The design's name as {@code -X gil=NAME} spells it. */
    String name();

    /** What {@code sys._is_gil_enabled()} answers. */
    boolean isEnabled();

    /** Blocks until {@code t} holds the lock. May be interrupted (to run Truffle thread-local actions) and then
     * called again: an interrupted call leaves {@code t} not holding the lock and the state consistent. */
    void acquire(GilThread t) throws InterruptedException;

    /** {@code t} gives the lock up because it is about to block (a voluntary release). */
    void release(GilThread t);

    /** {@code t} honours a drop request at a poll point: it gives the lock up and, in designs with forced switching,
     * waits until another thread has taken it. The caller then calls {@link #acquire} again. */
    void yieldForRequest(GilThread t) throws InterruptedException;

    /** The thread currently holding the lock, or null (for checks and statistics; may be stale at once). */
    GilThread holder();

    /** How a design tells the interpreter that {@code holder} should drop the lock at its next poll point. */
    interface DropRequestSink {
        void requestDrop(GilThread holder);
    }
}
