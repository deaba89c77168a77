package org.minipy.gil;

import java.lang.invoke.VarHandle;

/**
 * Keeps compiled code from holding a guest-state read across a poll point. Truffle's safepoint poll on a loop
 * back-edge is not a memory barrier for the compiler, so in {@code while not box.stop: n += 1} Graal may read
 * {@code box.stop} once before the loop and spin forever, never seeing another thread's write (GraalPy 25.0.3 does
 * exactly that). CPython re-reads on every iteration. An acquire fence in every branch condition (and in the
 * {@code for} loop's step) is a compiler-level kill of all memory: a read after it cannot be moved above it, so no
 * loop that branches can keep a stale value. On x86-64 it emits no instruction.
 */
public final class PollFence {
    private PollFence() {
    }

    /** {@code -Dminipy.nopollfence=true} leaves the fence out (to measure its cost and to show the bug it prevents). */
    private static final boolean ENABLED = !Boolean.getBoolean("minipy.nopollfence");

    /** Called where the interpreter decides a branch or advances a loop. */
    public static void fence() {
        if (ENABLED) {
            VarHandle.acquireFence();
        }
    }
}
