package org.minipy.numpy;

import java.util.function.Supplier;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.runtime.PythonContext;

/**
 * Where array work meets the GIL (SPEC §4): every operation over at least {@link #THRESHOLD} elements runs its
 * primitive loops with the GIL released, on the calling thread, through {@code GilControl.withoutGil}; smaller ones
 * keep the lock (as numpy does: the release is not worth it for tiny arrays). The work passed here touches only
 * primitive buffers and plain Java objects — no guest objects, no frames — and never raises a Python exception:
 * callers check arguments before and build results after.
 */
final class Compute {
    private Compute() {
    }

    /** Operations over at least this many elements release the GIL. */
    static final int THRESHOLD = 500;

    @TruffleBoundary
    static <R> R run(long elements, Supplier<R> work) {
        if (elements < THRESHOLD) {
            return work.get();
        }
        return PythonContext.get().getGilControl().withoutGil(null, work);
    }

    /** {@link #run} for work without a result. */
    @TruffleBoundary
    static void exec(long elements, Runnable work) {
        run(elements, () -> {
            work.run();
            return null;
        });
    }
}
