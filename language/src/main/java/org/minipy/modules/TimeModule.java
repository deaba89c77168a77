package org.minipy.modules;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.runtime.Errors;
import org.minipy.runtime.IntOps;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PNone;
import org.minipy.runtime.TypeOf;

/**
 * The {@code time} module: wall-clock time ({@code time time_ns}), monotonic clocks ({@code perf_counter monotonic}
 * and their {@code _ns} forms), CPU clocks ({@code process_time} for the whole process, {@code thread_time} for the
 * calling thread) and {@code sleep}. The module holds no state, so one factory call per interpreter is enough.
 *
 * <p>{@link #blockingSleep(long)} is the only call that blocks: the GIL wraps it so other threads run meanwhile.
 */
public final class TimeModule {
    private TimeModule() {
    }

    /** Per-thread CPU clocks (thread_time). */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @TruffleBoundary
    public static PModule create() {
        PModule time = new PModule("time");
        add(time, PBuiltinFunction.create("time()", a -> {
            Instant now = Instant.now();
            return now.getEpochSecond() + now.getNano() / 1e9;
        }));
        add(time, PBuiltinFunction.create("time_ns()", a -> {
            Instant now = Instant.now();
            return IntOps.add(Math.multiplyExact(now.getEpochSecond(), 1_000_000_000L), (long) now.getNano());
        }));
        add(time, PBuiltinFunction.create("perf_counter()", a -> System.nanoTime() / 1e9));
        add(time, PBuiltinFunction.create("perf_counter_ns()", a -> System.nanoTime()));
        add(time, PBuiltinFunction.create("monotonic()", a -> System.nanoTime() / 1e9));
        add(time, PBuiltinFunction.create("monotonic_ns()", a -> System.nanoTime()));
        add(time, PBuiltinFunction.create("process_time()", a -> processCpuNanos() / 1e9));
        add(time, PBuiltinFunction.create("process_time_ns()", a -> processCpuNanos()));
        add(time, PBuiltinFunction.create("thread_time()", a -> threadCpuNanos() / 1e9));
        add(time, PBuiltinFunction.create("thread_time_ns()", a -> threadCpuNanos()));
        add(time, PBuiltinFunction.create("sleep(secs, /)", a -> {
            sleep(a[0]);
            return PNone.NONE;
        }));
        TimeFormatting.install(time);
        return time;
    }

    private static void add(PModule module, PBuiltinFunction fn) {
        fn.setModule("time");
        module.setGlobal(fn.getName(), fn);
    }

    /** CPU time of the whole process (all threads), in nanoseconds. */
    @TruffleBoundary
    static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            long t = sun.getProcessCpuTime();
            if (t >= 0) {
                return t;
            }
        }
        throw Errors.raise(org.minipy.runtime.BuiltinTypes.OS_ERROR, "process CPU time is not available on this JVM");
    }

    /** CPU time of the calling thread, in nanoseconds. */
    @TruffleBoundary
    static long threadCpuNanos() {
        if (!THREADS.isCurrentThreadCpuTimeSupported()) {
            throw Errors.raise(org.minipy.runtime.BuiltinTypes.OS_ERROR, "thread CPU time is not available on this JVM");
        }
        return THREADS.getCurrentThreadCpuTime();
    }

    /** time.sleep(secs): validates like CPython (ints and floats, not negative, not NaN), then blocks. */
    @TruffleBoundary
    public static void sleep(Object secs) {
        double seconds;
        if (secs instanceof Double d) {
            if (Double.isNaN(d)) {
                throw Errors.valueError("Invalid value NaN (not a number)");
            }
            seconds = d;
        } else if (IntOps.isInt(secs)) {
            if (secs instanceof java.math.BigInteger big && big.signum() > 0) {
                throw Errors.overflowError("timestamp too large to convert to C _PyTime_t");
            }
            seconds = IntOps.toDouble(secs);
        } else {
            throw Errors.typeError("'%s' object cannot be interpreted as an integer", TypeOf.nameOf(secs));
        }
        if (seconds < 0) {
            throw Errors.valueError("sleep length must be non-negative");
        }
        if (seconds * 1e9 >= Long.MAX_VALUE) {
            throw Errors.overflowError(secs instanceof Double ? "timestamp out of range for platform time_t"
                            : "timestamp too large to convert to C _PyTime_t");
        }
        blockingSleep((long) Math.ceil(seconds * 1e9));
    }

    /** The blocking part of sleep: waits {@code nanos} nanoseconds. Kept apart so the GIL can be released around it. */
    @TruffleBoundary
    public static void blockingSleep(long nanos) {
        long deadline = System.nanoTime() + nanos;
        // Releases the GIL for the whole sleep (also for sleep(0), as CPython does); restartable after an
        // interruption by a Truffle thread-local action, with the time that is left.
        org.minipy.runtime.PythonContext.get().getGilControl().blocking(null, () -> {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                Thread.yield();
            } else {
                Thread.sleep(left / 1_000_000L, (int) (left % 1_000_000L));
            }
            return null;
        });
    }
}
