package org.minipy.modules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.bytecode.Tracebacks;
import org.minipy.gil.GilControl;
import org.minipy.gil.GilThread;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Calls;
import org.minipy.runtime.Errors;
import org.minipy.runtime.HasPythonClass;
import org.minipy.runtime.IntOps;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PException;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.PythonContext;
import org.minipy.runtime.Repr;
import org.minipy.runtime.Truth;

/**
 * {@code _minipy_thread}: the Java primitives under the Python-written {@code _thread}, {@code threading},
 * {@code queue} and {@code concurrent.futures} — starting an OS thread that runs a guest callable under the GIL,
 * the basic lock (a semaphore whose blocking acquire releases the GIL), thread identities (Java thread id as
 * {@code get_ident}, the OS thread id as {@code get_native_id}), and printing an exception's traceback.
 */
public final class ThreadModule {
    private ThreadModule() {
    }

    /** The basic lock ({@code _thread.lock}'s state): not owned, any thread may release it, as in CPython. */
    public static final class PLock implements HasPythonClass {
        final Semaphore semaphore = new Semaphore(1);

        @Override
        public PythonClass getPythonClass() {
            return BuiltinTypes.OBJECT;
        }
    }

    @TruffleBoundary
    public static PModule create() {
        PModule m = new PModule("_minipy_thread");
        add(m, PBuiltinFunction.create("start(function, name, /)", a -> start(a[0], (String) a[1])));
        add(m, PBuiltinFunction.create("get_ident()", a -> Thread.currentThread().threadId()));
        add(m, PBuiltinFunction.create("get_native_id()", a -> nativeId()));
        add(m, PBuiltinFunction.create("set_name(name, /)", a -> {
            setCurrentName((String) a[0]);
            return PNone.NONE;
        }));
        add(m, PBuiltinFunction.create("lock()", a -> new PLock()));
        add(m, PBuiltinFunction.create("lock_acquire(lock, blocking=True, timeout=-1, /)", a -> acquire(lock(a[0]), Truth.isTrue(a[1]), a[2])));
        add(m, PBuiltinFunction.create("lock_release(lock, /)", a -> {
            PLock l = lock(a[0]);
            if (l.semaphore.availablePermits() > 0) {
                throw Errors.runtimeError("release unlocked lock");
            }
            l.semaphore.release();
            return PNone.NONE;
        }));
        add(m, PBuiltinFunction.create("lock_locked(lock, /)", a -> lock(a[0]).semaphore.availablePermits() == 0));
        add(m, PBuiltinFunction.create("print_exception(exc, /)", a -> {
            PythonContext context = PythonContext.get();
            context.getOut().flush();
            if (a[0] instanceof PBaseException e) {
                Tracebacks.print(e, context.getErr());
            }
            return PNone.NONE;
        }));
        // for the traceback module
        add(m, PBuiltinFunction.create("format_exception(exc, chain, entries, /)", a -> {
            if (!(a[0] instanceof PBaseException e)) {
                throw Errors.typeError("format_exception() expects an exception");
            }
            return Tracebacks.format(e, org.minipy.runtime.Truth.isTrue(a[1]), org.minipy.runtime.Truth.isTrue(a[2]));
        }));
        add(m, PBuiltinFunction.create("fix_traceback(exc, /)", a -> {
            // Freezes the traceback of a caught exception at the catching frame (else it is completed lazily
            // from wherever it is first printed, which would add the excepthook's own frames).
            if (a[0] instanceof PBaseException e && e.getRaisedAs() != null) {
                com.oracle.truffle.api.TruffleStackTrace.fillIn(e.getRaisedAs());
            }
            return PNone.NONE;
        }));
        add(m, PBuiltinFunction.create("cpu_count()", a -> (long) Runtime.getRuntime().availableProcessors()));
        return m;
    }

    private static void add(PModule module, PBuiltinFunction fn) {
        fn.setQualifiedName("_minipy_thread." + fn.getName());
        module.setGlobal(fn.getName(), fn);
    }

    private static PLock lock(Object o) {
        if (o instanceof PLock l) {
            return l;
        }
        throw Errors.typeError("expected a lock");
    }

    /** {@code lock.acquire(blocking, timeout)}: an uncontended acquire keeps the GIL; a blocking one releases it. */
    @TruffleBoundary
    static boolean acquire(PLock lock, boolean blocking, Object timeoutArg) {
        double timeout = timeoutArg instanceof Double d ? d : IntOps.isInt(timeoutArg) ? IntOps.toDouble(timeoutArg) : Double.NaN;
        if (Double.isNaN(timeout)) {
            throw Errors.typeError("'%s' object cannot be interpreted as an integer", org.minipy.runtime.TypeOf.nameOf(timeoutArg));
        }
        if (!blocking && timeout != -1) {
            throw Errors.valueError("can't specify a timeout for a non-blocking call");
        }
        if (timeout < 0 && timeout != -1) {
            throw Errors.valueError("timeout value must be positive");
        }
        if (timeout * 1e9 >= Long.MAX_VALUE) {
            throw Errors.overflowError("timeout value is too large");
        }
        if (lock.semaphore.tryAcquire()) {
            return true;
        }
        if (!blocking) {
            return false;
        }
        GilControl gil = PythonContext.get().getGilControl();
        if (timeout == -1) {
            return gil.blocking(null, () -> {
                lock.semaphore.acquire();
                return true;
            });
        }
        long deadline = System.nanoTime() + (long) (timeout * 1e9);
        return gil.blocking(null, () -> lock.semaphore.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
    }

    /**
     * The stack of each thread the guest starts. CPython's Python-to-Python calls take no C stack, so a thread
     * recurses as deep as sys.setrecursionlimit allows; a MiniPy frame takes Java stack, about 1.5 KB interpreted, so
     * 512 MB holds some 300,000 frames (the JVM's default 16 MB held 11,000). Only the pages a thread touches take
     * memory.
     */
    private static final long THREAD_STACK_BYTES = 512L << 20;

    /** Starts an OS thread that runs {@code function()} under the GIL; answers its ident. */
    @TruffleBoundary
    static long start(Object function, String name) {
        PythonContext context = PythonContext.get();
        Thread thread;
        try {
            thread = context.getEnv().newTruffleThreadBuilder(() -> run(context, function, name)).stackSize(THREAD_STACK_BYTES).build();
        } catch (IllegalStateException e) {
            throw Errors.runtimeError("can't start new thread");
        }
        thread.setName(name);
        thread.setDaemon(true); // the interpreter decides which threads it waits for at exit (threading._shutdown)
        thread.start();
        return thread.threadId();
    }

    private static void run(PythonContext context, Object function, String name) {
        GilControl control = context.getGilControl();
        GilThread t = control.current();
        setCurrentName(name);
        control.acquire(null, t);
        try {
            Calls.call(function, new Object[0]);
        } catch (PException e) {
            if (!e.matches(BuiltinTypes.SYSTEM_EXIT)) {
                context.getOut().flush();
                context.getErr().println("Exception ignored in thread started by: " + Repr.repr(function));
                Tracebacks.print(e.getPythonException(), context.getErr());
            }
        } finally {
            t.cpuNanosAtEnd = cpuNanos();
            t.endedAtNanos = System.nanoTime();
            control.release(t);
        }
    }

    /** Names the calling thread for the guest and the OS ({@code /proc/self/task/TID/comm}, 15 characters). */
    @TruffleBoundary
    public static void setCurrentName(String name) {
        GilThread t = PythonContext.get().getGilControl().current();
        if (t != null) {
            t.name = name;
            t.nativeId = nativeId();
        }
        // For the current thread, Thread.setName also sets the OS-level name.
        Thread.currentThread().setName(name);
    }

    /** The OS thread id: /proc/thread-self is a link to PID/task/TID on Linux; elsewhere the Java thread id. */
    @TruffleBoundary
    public static long nativeId() {
        try {
            String link = Files.readSymbolicLink(Path.of("/proc/thread-self")).toString();
            return Long.parseLong(link.substring(link.lastIndexOf('/') + 1));
        } catch (Exception e) {
            return Thread.currentThread().threadId();
        }
    }

    @TruffleBoundary
    static long cpuNanos() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        return mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() : -1;
    }
}
