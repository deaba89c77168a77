package org.minipy.modules;

import java.io.File;
import java.nio.ByteOrder;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.MiniPyLanguage;
import org.minipy.runtime.Attributes;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Descriptors;
import org.minipy.runtime.Errors;
import org.minipy.runtime.IntOps;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PException;
import org.minipy.runtime.PList;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTextStream;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.PythonContext;
import org.minipy.runtime.PythonObject;
import org.minipy.runtime.Sequences;
import org.minipy.runtime.StructSequence;
import org.minipy.runtime.TypeOf;

/**
 * The {@code sys} module of one interpreter: the command line ({@code argv}), version information, the standard
 * streams ({@link PTextStream}), {@code modules} and {@code path}, the recursion limit and the GIL's switch
 * interval (both kept in {@link PythonContext}), and {@code exit}.
 *
 * <p>{@code sys.modules} is a dict kept in step with {@link PythonContext#getModules()}: the import machinery
 * registers every module through {@link #registerModule}, which updates both. (A dict that reads the context's map
 * live would need a dict of a different kind.)
 */
public final class SysModule {
    private SysModule() {
    }

    /** {@code sys.version_info}: a tuple whose items are also the attributes major, minor, micro, releaselevel, serial. */
    public static final PythonClass VERSION_INFO = StructSequence.create("sys.version_info",
                    new String[]{"major", "minor", "micro", "releaselevel", "serial"});
    /** {@code sys.float_info}, {@code sys.int_info}, {@code sys.hash_info}: IEEE doubles, ints, hashing. */
    static final PythonClass FLOAT_INFO = StructSequence.create("sys.float_info", new String[]{"max", "max_exp", "max_10_exp", "min",
                    "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"});
    static final PythonClass INT_INFO = StructSequence.create("sys.int_info",
                    new String[]{"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"});
    static final PythonClass HASH_INFO = StructSequence.create("sys.hash_info",
                    new String[]{"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"});
    static final PythonClass FLAGS = StructSequence.create("sys.flags", new String[]{"debug", "inspect", "interactive", "optimize",
                    "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
                    "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"});
    /** The class of {@code sys.implementation} ({@code types.SimpleNamespace} in CPython). */
    public static final PythonClass SIMPLE_NAMESPACE = new PythonClass("SimpleNamespace", new PythonClass[]{BuiltinTypes.OBJECT}, true,
                    PythonClass.Layout.OBJECT);

    static {
        SIMPLE_NAMESPACE.setQualname("types.SimpleNamespace");
    }

    private static final long VERSION_HEX = 0x030B07F0L;

    /**
     * Creates {@code sys} for a context. {@code argv} is the program's {@code sys.argv}: the script path (or
     * {@code -c}, or {@code ''} for standard input) followed by its arguments. Does not register the module: see
     * {@link #install}.
     */
    @TruffleBoundary
    public static PModule create(PythonContext context, String[] argv) {
        PModule sys = new PModule("sys");
        String[] args = argv.length == 0 ? new String[]{""} : argv;
        Object[] argvItems = new Object[args.length];
        System.arraycopy(args, 0, argvItems, 0, args.length);
        sys.setGlobal("argv", new PList(argvItems));
        sys.setGlobal("orig_argv", new PList(argvItems.clone()));
        sys.setGlobal("executable", executable());
        sys.setGlobal("platform", platform());
        String[] v = MiniPyLanguage.VERSION.split("\\.");
        PTuple versionInfo = new PTuple(VERSION_INFO, new Object[]{Long.parseLong(v[0]), Long.parseLong(v[1]), Long.parseLong(v[2]), "final", 0L});
        sys.setGlobal("version_info", versionInfo);
        sys.setGlobal("version", MiniPyLanguage.VERSION + " (main) [MiniPy on Truffle, Java " + Runtime.version() + "]");
        sys.setGlobal("hexversion", VERSION_HEX);
        sys.setGlobal("implementation", implementation(versionInfo));
        sys.setGlobal("maxsize", Long.MAX_VALUE);
        sys.setGlobal("maxunicode", 0x10FFFFL);
        sys.setGlobal("float_info", new PTuple(FLOAT_INFO, new Object[]{Double.MAX_VALUE, 1024L, 308L, Double.MIN_NORMAL, -1021L, -307L, 15L,
                        53L, Math.ulp(1.0), 2L, 1L}));
        sys.setGlobal("int_info", new PTuple(INT_INFO, new Object[]{30L, 4L, 4300L, 640L}));
        sys.setGlobal("hash_info", new PTuple(HASH_INFO, new Object[]{64L, (1L << 61) - 1, 314159L, 0L, 1000003L, "siphash13", 64L, 128L, 0L}));
        sys.setGlobal("float_repr_style", "short");
        sys.setGlobal("flags", new PTuple(FLAGS, new Object[]{0L, 0L, 0L, (long) context.getOptimize(), 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, false, 0L, 0L, false, -1L}));
        sys.setGlobal("dont_write_bytecode", false);
        sys.setGlobal("warnoptions", new PList(new Object[0]));
        String prefix = System.getProperty("java.home", "");
        for (String name : new String[]{"prefix", "base_prefix", "exec_prefix", "base_exec_prefix"}) {
            sys.setGlobal(name, prefix);
        }
        sys.setGlobal("byteorder", ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? "little" : "big");
        sys.setGlobal("path", new PList(searchPath(context, args[0])));
        PDict modules = new PDict();
        sys.setGlobal("modules", modules);
        for (Map.Entry<String, Object> e : context.getModules().entrySet()) {
            modules.put(e.getKey(), e.getValue());
        }
        modules.put("sys", sys);
        PTextStream stdin = new PTextStream(context, PTextStream.Kind.STDIN);
        PTextStream stdout = new PTextStream(context, PTextStream.Kind.STDOUT);
        PTextStream stderr = new PTextStream(context, PTextStream.Kind.STDERR);
        sys.setGlobal("stdin", stdin);
        sys.setGlobal("stdout", stdout);
        sys.setGlobal("stderr", stderr);
        sys.setGlobal("__stdin__", stdin);
        sys.setGlobal("__stdout__", stdout);
        sys.setGlobal("__stderr__", stderr);
        installFunctions(sys, context);
        return sys;
    }

    /** Creates {@code sys}, makes it the context's ({@link PythonContext#setSys}) and registers it as a module. */
    @TruffleBoundary
    public static PModule install(PythonContext context, String[] argv) {
        PModule sys = create(context, argv);
        context.setSys(sys);
        context.getModules().put("sys", sys);
        context.getBuiltins().setGlobal("__debug__", context.getOptimize() == 0);
        return sys;
    }

    /** Records a loaded module in the context's table and in {@code sys.modules}. */
    @TruffleBoundary
    public static void registerModule(PythonContext context, String name, Object module) {
        context.getModules().put(name, module);
        PModule sys = context.getSys();
        if (sys != null && sys.getGlobal("modules") instanceof PDict modules) {
            modules.put(name, module);
        }
    }

    private static void installFunctions(PModule sys, PythonContext context) {
        add(sys, PBuiltinFunction.create("exit(status=None, /)", a -> {
            throw systemExit(a[0]);
        }));
        add(sys, PBuiltinFunction.create("getrecursionlimit()", a -> (long) context.getRecursionLimit()));
        add(sys, PBuiltinFunction.create("setrecursionlimit(limit, /)", a -> {
            long limit = intArgument(a[0]);
            if (limit < 1) {
                throw Errors.valueError("recursion limit must be greater or equal than 1");
            }
            if (limit > Integer.MAX_VALUE) {
                throw Errors.overflowError("Python int too large to convert to C int");
            }
            context.setRecursionLimit((int) limit);
            return PNone.NONE;
        }));
        add(sys, PBuiltinFunction.create("getswitchinterval()", a -> context.getSwitchIntervalMicros() * 1e-6)); // CPython: 1e-6 * interval
        add(sys, PBuiltinFunction.create("setswitchinterval(interval, /)", a -> {
            double interval = realArgument(a[0]);
            if (!(interval > 0.0)) {
                throw Errors.valueError("switch interval must be strictly positive");
            }
            context.setSwitchIntervalMicros((long) (1e6 * interval));
            return PNone.NONE;
        }));
        add(sys, PBuiltinFunction.create("intern(string, /)", a -> {
            if (!(a[0] instanceof String s)) {
                throw Errors.typeError("intern() argument must be str, not %s", Errors.argumentTypeName(a[0]));
            }
            return s.intern();
        }));
        add(sys, PBuiltinFunction.create("exc_info()", a -> org.minipy.bytecode.HandledExceptions.excInfo()));
        add(sys, PBuiltinFunction.create("_getframe(depth=0, /)", a -> getFrame(intArgument(a[0]))));
        add(sys, PBuiltinFunction.create("get_int_max_str_digits()", a -> (long) context.getIntMaxStrDigits()));
        add(sys, PBuiltinFunction.create("set_int_max_str_digits(maxdigits)", a -> {
            long digits = intArgument(a[0]);
            if (digits != 0 && (digits < 640 || digits > Integer.MAX_VALUE)) {
                throw Errors.valueError("maxdigits must be 0 or larger than 640");
            }
            context.setIntMaxStrDigits((int) digits);
            return PNone.NONE;
        }));
        add(sys, PBuiltinFunction.create("getsizeof(object, default=None)", a -> ObjectSizes.sizeOf(a[0])));
        // no reference counts on the JVM: 2 is what CPython reports for an object held by one variable
        add(sys, PBuiltinFunction.create("getrefcount(object, /)", a -> 2L));
        add(sys, PBuiltinFunction.create("exception()", a -> {
            Object e = org.minipy.bytecode.HandledExceptions.current();
            return e == null ? PNone.NONE : e;
        }));
        PBuiltinFunction excepthook = PBuiltinFunction.create("excepthook(exctype, value, traceback, /)", a -> {
            PythonContext ctx = PythonContext.get();
            ctx.getOut().flush();
            if (a[1] instanceof org.minipy.runtime.PBaseException e) {
                org.minipy.bytecode.Tracebacks.print(e, ctx.getErr());
            } else {
                throw Errors.typeError("print_exception(): Exception expected for value, %s found",
                                org.minipy.runtime.TypeOf.nameOf(a[1]));
            }
            return PNone.NONE;
        });
        add(sys, excepthook);
        sys.setGlobal("__excepthook__", excepthook);
        // the REPL's and compile(..., 'single')'s printing of expression values: repr to sys.stdout, kept in _
        PBuiltinFunction displayhook = PBuiltinFunction.create("displayhook(object, /)", a -> {
            if (a[0] != PNone.NONE) {
                PythonContext ctx = PythonContext.get();
                ctx.getBuiltins().setGlobal("_", PNone.NONE);
                String text = org.minipy.runtime.Repr.repr(a[0]);
                Object out = ctx.getSys().getGlobal("stdout");
                if (out == null || out == PNone.NONE) {
                    throw Errors.runtimeError("lost sys.stdout");
                }
                org.minipy.runtime.Calls.callMethod(out, "write", text + "\n");
                ctx.getBuiltins().setGlobal("_", a[0]);
            }
            return PNone.NONE;
        });
        add(sys, displayhook);
        sys.setGlobal("__displayhook__", displayhook);
        add(sys, PBuiltinFunction.create("getdefaultencoding()", a -> "utf-8"));
        add(sys, PBuiltinFunction.create("getfilesystemencoding()", a -> "utf-8"));
        add(sys, PBuiltinFunction.create("_is_gil_enabled()", a -> context.getGilControl().gil().isEnabled()));
    }

    /** The class of what {@code sys._getframe} returns: a snapshot with f_globals, f_code, f_lineno, f_back. */
    static final PythonClass FRAME = new PythonClass("frame", new PythonClass[]{BuiltinTypes.OBJECT}, true, PythonClass.Layout.OBJECT);
    /** The class of a frame's {@code f_code}: co_name and co_filename. */
    static final PythonClass CODE = new PythonClass("code", new PythonClass[]{BuiltinTypes.OBJECT}, true, PythonClass.Layout.OBJECT);

    /** {@code sys._getframe(depth)}: snapshots of the caller's frame and the frames below it. */
    @TruffleBoundary
    private static Object getFrame(long depth) {
        if (depth < 0) {
            depth = 0;
        }
        java.util.List<Object[]> frames = org.minipy.bytecode.CallerFrames.describeFrames((int) Math.min(depth, Integer.MAX_VALUE));
        if (frames.isEmpty()) {
            throw Errors.valueError("call stack is not deep enough");
        }
        Object back = PNone.NONE;
        for (int i = frames.size() - 1; i >= 0; i--) {
            Object[] f = frames.get(i);
            PythonObject code = new PythonObject(CODE);
            Attributes.putOwn(code, "co_name", f[1]);
            Attributes.putOwn(code, "co_filename", f[2]);
            back = frameSnapshot(f[0], code, f[3], back);
        }
        return back;
    }

    /** A frame object as MiniPy shows one (a snapshot, not a live frame): f_globals, f_code, f_lineno, f_back. */
    public static PythonObject frameSnapshot(Object globals, Object code, Object line, Object back) {
        PythonObject frame = new PythonObject(FRAME);
        Attributes.putOwn(frame, "f_globals", globals);
        Attributes.putOwn(frame, "f_code", code);
        Attributes.putOwn(frame, "f_lineno", line);
        Attributes.putOwn(frame, "f_back", back);
        return frame;
    }

    private static void add(PModule module, PBuiltinFunction fn) {
        fn.setQualifiedName("sys." + fn.getName());
        module.setGlobal(fn.getName(), fn);
    }

    /** {@code SystemExit(status)}: no arguments for None, the items of a tuple, else the one value. */
    public static PException systemExit(Object status) {
        PTuple args;
        if (status == PNone.NONE) {
            args = PTuple.EMPTY;
        } else if (status instanceof PTuple t && TypeOf.classOf(t) == BuiltinTypes.TUPLE) {
            args = t;
        } else {
            args = new PTuple(new Object[]{status});
        }
        return new PException(new PBaseException(BuiltinTypes.SYSTEM_EXIT, args), null);
    }

    private static long intArgument(Object value) {
        if (value instanceof Double || !IntOps.isInt(value) && Attributes.lookupUserSpecial(TypeOf.classOf(value), "__index__") == null) {
            throw Errors.typeError("'%s' object cannot be interpreted as an integer", TypeOf.nameOf(value));
        }
        if (value instanceof java.math.BigInteger b) {
            throw Errors.overflowError("Python int too large to convert to C int");
        }
        return Sequences.asIndex(value, "int");
    }

    private static double realArgument(Object value) {
        if (value instanceof Double d) {
            return d;
        } else if (IntOps.isInt(value)) {
            return IntOps.toDouble(value);
        }
        throw Errors.typeError("must be real number, not %s", TypeOf.nameOf(value));
    }

    private static String executable() {
        String exe = System.getProperty("minipy.executable");
        if (exe == null) {
            exe = System.getenv("MPY_EXECUTABLE");
        }
        return exe == null ? "" : exe;
    }

    private static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase();
        if (os.startsWith("windows")) {
            return "win32";
        } else if (os.startsWith("mac") || os.startsWith("darwin")) {
            return "darwin";
        }
        return "linux";
    }

    /** {@code sys.path}: the script's directory ('' for -c and stdin), then the entries of MPYPATH. */
    private static Object[] searchPath(PythonContext context, String script) {
        java.util.List<Object> path = new java.util.ArrayList<>();
        if (script.isEmpty() || script.equals("-c") || script.equals("-m")) {
            path.add("");
        } else if ("module".equals(context.getEnv().getEnvironment().get("MPY_MAIN_KIND"))) {
            // -m: CPython puts the working directory first, where the module (and its package) was found
            path.add(context.getEnv().getCurrentWorkingDirectory().getPath());
        } else {
            // Through the context's file system, so a context's working directory counts (embedding, tests).
            com.oracle.truffle.api.TruffleFile parent = context.getEnv().getPublicTruffleFile(script).getAbsoluteFile().getParent();
            path.add(parent == null ? "" : parent.getPath());
        }
        String mpyPath = System.getenv("MPYPATH");
        if (mpyPath != null) {
            for (String entry : mpyPath.split(File.pathSeparator)) {
                if (!entry.isEmpty()) {
                    path.add(entry);
                }
            }
        }
        return path.toArray();
    }

    private static PythonObject implementation(PTuple versionInfo) {
        PythonObject impl = new PythonObject(SIMPLE_NAMESPACE);
        Attributes.putOwn(impl, "name", "minipy");
        Attributes.putOwn(impl, "cache_tag", PNone.NONE);
        Attributes.putOwn(impl, "version", versionInfo);
        Attributes.putOwn(impl, "hexversion", VERSION_HEX);
        return impl;
    }
}
