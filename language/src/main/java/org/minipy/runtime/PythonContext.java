package org.minipy.runtime;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.MiniPyLanguage;

/**
 * The state of one MiniPy interpreter (one polyglot context): its standard streams, its loaded modules
 * ({@code sys.modules}), the {@code builtins} and {@code sys} modules, and the recursion limit. Everything that
 * changes while a program runs lives here or in objects reachable from here, never in static fields, so several
 * interpreters and many threads can run side by side.
 */
public final class PythonContext {
    /**
     * The state of the thread that last asked the interpreter's shortcut for it (MiniPyLanguage.getThreadState(MiniPyRootNode)):
     * a cache that any thread may overwrite, checked against the running thread on every read.
     */
    public org.minipy.bytecode.PythonThreadState lastThreadState;
    private static final ContextReference<PythonContext> REFERENCE = ContextReference.create(MiniPyLanguage.class);

    private final MiniPyLanguage language;
    private final TruffleLanguage.Env env;
    private final PrintStream out;
    private final PrintStream err;
    private BufferedReader in;
    private final Map<String, Object> modules = new ConcurrentHashMap<>();
    private PModule builtins;
    private PModule sys;
    private volatile int recursionLimit = 1000;
    /** sys.set_int_max_str_digits: the most decimal digits int/str conversions accept (0 = no limit). */
    private volatile int intMaxStrDigits = 4300;
    /** {@code sys.setswitchinterval}, in microseconds as CPython stores it; the GIL reads it. Default 5 ms. */
    private volatile long switchIntervalMicros = 5000;
    /** The {@code -X} options (MPY_XOPTIONS from the launcher), name to value ("" when given without a value). */
    private final Map<String, String> xOptions = new java.util.LinkedHashMap<>();
    private final int optimize;
    /** The SipHash key that {@code PYTHONHASHSEED} fixes, or null when string hashes may be anything (see StrHash). */
    private final long[] strHashKey;
    /** The GIL of this interpreter and its Truffle glue (design from {@code -X gil=...} or {@code MPY_GIL}). */
    private final org.minipy.gil.GilControl gilControl;

    public PythonContext(MiniPyLanguage language, TruffleLanguage.Env env) {
        this.language = language;
        this.env = env;
        this.out = new PrintStream(env.out(), false, StandardCharsets.UTF_8);
        this.err = new PrintStream(env.err(), true, StandardCharsets.UTF_8);
        String xopts = env.getEnvironment().get("MPY_XOPTIONS");
        if (xopts != null) {
            for (String line : xopts.split("\n")) {
                int eq = line.indexOf('=');
                if (!line.isEmpty()) {
                    xOptions.put(eq < 0 ? line : line.substring(0, eq), eq < 0 ? "" : line.substring(eq + 1));
                }
            }
        }
        String level = env.getEnvironment().get("PYTHONOPTIMIZE");
        int parsed = 0;
        if (level != null && !level.isEmpty()) {
            try {
                parsed = Math.max(0, Integer.parseInt(level.strip()));
            } catch (NumberFormatException e) {
                parsed = 1; // CPython: any other non-empty value means -O
            }
        }
        this.optimize = parsed;
        this.strHashKey = StrHash.keyForSeed(env.getEnvironment().get("PYTHONHASHSEED"));
        String design = xOptions.getOrDefault("gil", env.getEnvironment().getOrDefault("MPY_GIL", "cpython"));
        this.gilControl = new org.minipy.gil.GilControl(design, env, this::getSwitchIntervalMicros,
                        () -> MiniPyLanguage.getThreadState(null).gil);
    }

    /** Held while a module is being imported (see ModuleLoader.importModule). */
    private final java.util.concurrent.locks.ReentrantLock importLock = new java.util.concurrent.locks.ReentrantLock();

    public java.util.concurrent.locks.ReentrantLock getImportLock() {
        return importLock;
    }

    public org.minipy.gil.GilControl getGilControl() {
        return gilControl;
    }

    /** CPython's optimization level: {@code -O} gives 1, {@code -OO} 2 (the launcher passes PYTHONOPTIMIZE). */
    public int getOptimize() {
        return optimize;
    }

    public long[] getStrHashKey() {
        return strHashKey;
    }

    /** An {@code -X} option's value ("" for a bare {@code -X name}), or null when not given. */
    public String getXOption(String name) {
        return xOptions.get(name);
    }

    public static PythonContext get(Node node) {
        return REFERENCE.get(node);
    }

    public static PythonContext get() {
        return REFERENCE.get(null);
    }

    public MiniPyLanguage getLanguage() {
        return language;
    }

    public TruffleLanguage.Env getEnv() {
        return env;
    }

    /** The process's standard output as the guest sees it ({@code sys.stdout}); flushed at exit and by print(flush=True). */
    public PrintStream getOut() {
        return out;
    }

    public PrintStream getErr() {
        return err;
    }

    public synchronized BufferedReader getIn() {
        if (in == null) {
            in = new BufferedReader(new InputStreamReader(env.in(), StandardCharsets.UTF_8));
        }
        return in;
    }

    /** {@code sys.modules}: module objects by dotted name. */
    public Map<String, Object> getModules() {
        return modules;
    }

    public PModule getBuiltins() {
        return builtins;
    }

    public void setBuiltins(PModule builtins) {
        this.builtins = builtins;
    }

    public PModule getSys() {
        return sys;
    }

    public void setSys(PModule sys) {
        this.sys = sys;
    }

    public int getIntMaxStrDigits() {
        return intMaxStrDigits;
    }

    public void setIntMaxStrDigits(int digits) {
        this.intMaxStrDigits = digits;
    }

    public int getRecursionLimit() {
        return recursionLimit;
    }

    public void setRecursionLimit(int recursionLimit) {
        this.recursionLimit = recursionLimit;
    }

    public long getSwitchIntervalMicros() {
        return switchIntervalMicros;
    }

    public void setSwitchIntervalMicros(long switchIntervalMicros) {
        this.switchIntervalMicros = switchIntervalMicros;
    }
}
