package org.minipy.modules;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.gil.GilControl;
import org.minipy.gil.GilThread;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PList;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PythonContext;

/**
 * The {@code gil} module ({@code gil.stats()}: what the lock did, per thread and in total) and the {@code -X gilstats}
 * report printed at exit: a per-thread table (name, native id, CPU time, share of wall time holding the GIL, waits,
 * mean wait) and a process line (wall time, CPU time, average cores busy, peak RSS).
 */
public final class GilModule {
    private GilModule() {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @TruffleBoundary
    public static PModule create() {
        PModule m = new PModule("gil");
        PBuiltinFunction stats = PBuiltinFunction.create("stats()", a -> stats(PythonContext.get().getGilControl()));
        stats.setQualifiedName("gil.stats");
        m.setGlobal("stats", stats);
        PBuiltinFunction design = PBuiltinFunction.create("design()", a -> PythonContext.get().getGilControl().gil().name());
        design.setQualifiedName("gil.design");
        m.setGlobal("design", design);
        return m;
    }

    /** {@code {"design": ..., "switch_interval": s, "threads": [{...}, ...], "total": {...}}}; times in seconds. */
    @TruffleBoundary
    static PDict stats(GilControl control) {
        PDict result = new PDict();
        result.put("design", control.gil().name());
        result.put("switch_interval", PythonContext.get().getSwitchIntervalMicros() / 1e6);
        List<GilThread> threads = control.threads();
        Object[] rows = new Object[threads.size()];
        long acq = 0, forced = 0, voluntary = 0, waits = 0, waitNs = 0, holdNs = 0, nogilCalls = 0, nogilNs = 0;
        long now = System.nanoTime();
        for (int i = 0; i < rows.length; i++) {
            GilThread t = threads.get(i);
            long hold = holdNanos(t, now);
            rows[i] = row(t.name, t.nativeId, t.acquisitions, t.forcedDrops, t.voluntaryReleases, t.waits, t.waitNanos, hold,
                            t.nativeCalls, t.nativeNanos);
            acq += t.acquisitions;
            forced += t.forcedDrops;
            voluntary += t.voluntaryReleases;
            waits += t.waits;
            waitNs += t.waitNanos;
            holdNs += hold;
            nogilCalls += t.nativeCalls;
            nogilNs += t.nativeNanos;
        }
        result.put("threads", new PList(rows));
        PDict total = row(null, 0, acq, forced, voluntary, waits, waitNs, holdNs, nogilCalls, nogilNs);
        result.put("total", total);
        return result;
    }

    private static long holdNanos(GilThread t, long now) {
        long hold = t.holdNanos;
        if (t.holding && t.thread == Thread.currentThread()) {
            hold += now - t.holdStartNanos();
        }
        return hold;
    }

    private static PDict row(String name, long nativeId, long acq, long forced, long voluntary, long waits, long waitNs, long holdNs,
                    long nogilCalls, long nogilNs) {
        PDict d = new PDict();
        if (name != null) {
            d.put("name", name);
            d.put("native_id", nativeId);
        }
        d.put("acquisitions", acq);
        d.put("drop_requests_served", forced);
        d.put("voluntary_releases", voluntary);
        d.put("waits", waits);
        d.put("wait_time", waitNs / 1e9);
        d.put("hold_time", holdNs / 1e9);
        // @njit(nogil=True) calls: released time spent running compiled guest code without the GIL
        d.put("nogil_calls", nogilCalls);
        d.put("nogil_time", nogilNs / 1e9);
        return d;
    }

    /** The {@code -X gilstats} report, printed to stderr at exit. */
    @TruffleBoundary
    public static void printReport(GilControl control, PrintStream err) {
        long now = System.nanoTime();
        double wall = (now - control.startNanos) / 1e9;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("gilstats: design=%s switch interval=%.6f s%n", control.gil().name(), PythonContext.get().getSwitchIntervalMicros() / 1e6));
        sb.append(String.format("%-24s %9s %10s %8s %8s %11s %8s %8s %8s%n", "thread", "native id", "CPU s", "hold %", "waits", "mean wait", "forced", "volunt.",
                        "nogil %"));
        List<GilThread> all = control.threads();
        int shown = all.size() <= 60 ? all.size() : 50;
        for (GilThread t : all.subList(0, shown)) {
            long cpu = t.cpuNanosAtEnd >= 0 ? t.cpuNanosAtEnd : THREADS.getThreadCpuTime(t.thread.threadId());
            double hold = holdNanos(t, now) / 1e9;
            String meanWait = t.waits == 0 ? "-" : String.format("%.3f ms", t.waitNanos / 1e6 / t.waits);
            String name = t.name.length() > 24 ? t.name.substring(0, 24) : t.name;
            sb.append(String.format("%-24s %9d %10.3f %7.1f%% %8d %11s %8d %8d %7.1f%%%n", name, t.nativeId, Math.max(0, cpu) / 1e9,
                            100.0 * hold / wall, t.waits, meanWait, t.forcedDrops, t.voluntaryReleases, 100.0 * t.nativeNanos / 1e9 / wall));
        }
        if (shown < all.size()) {
            long waits = 0, forced = 0, voluntary = 0, holdNs = 0;
            for (GilThread t : all.subList(shown, all.size())) {
                waits += t.waits;
                forced += t.forcedDrops;
                voluntary += t.voluntaryReleases;
                holdNs += holdNanos(t, now);
            }
            sb.append(String.format("%-24s %9s %10s %7.1f%% %8d %11s %8d %8d%n", "(" + (all.size() - shown) + " more threads)", "", "",
                            100.0 * holdNs / 1e9 / wall, waits, "", forced, voluntary));
        }
        // the process line covers the whole process (JVM start-up included), so CPU and wall time match up
        double cpu = processCpu() / 1e9;
        double processWall = ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
        sb.append(String.format("process: wall %.3f s, CPU %.3f s, average cores busy %.2f, peak RSS %s%n", processWall, cpu,
                        processWall > 0 ? cpu / processWall : 0.0, peakRss()));
        err.print(sb);
        err.flush();
    }

    private static long processCpu() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    /** VmHWM from /proc/self/status, e.g. "123.4 MB"; "n/a" elsewhere. */
    private static String peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return String.format("%.1f MB", kb / 1024.0);
                }
            }
        } catch (Exception e) {
            // not Linux
        }
        return "n/a";
    }
}
