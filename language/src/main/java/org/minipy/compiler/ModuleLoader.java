package org.minipy.compiler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.source.Source;

import org.minipy.MiniPyLanguage;
import org.minipy.ast.Stmt;
import org.minipy.modules.MathModule;
import org.minipy.modules.RandomModule;
import org.minipy.modules.SysModule;
import org.minipy.modules.TimeModule;
import org.minipy.parser.MiniPyParser;
import org.minipy.parser.PythonSyntaxError;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Errors;
import org.minipy.runtime.Iteration;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PCell;
import org.minipy.runtime.PException;
import org.minipy.runtime.PFunction;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonCode;
import org.minipy.runtime.PythonContext;

/**
 * Finds, compiles and runs modules: the main script ({@link #parseMain}), and everything {@code import} names —
 * modules written in Java ({@code sys time math random}), MiniPy's library written in Python (resources under
 * {@code org/minipy/lib}), and {@code .mpy} files in the directories of {@code sys.path} (the script's directory, then
 * {@code MPYPATH}). A module is registered in {@code sys.modules} before its body runs, so circular imports see the
 * partly initialised module as in CPython.
 */
public final class ModuleLoader {
    private static final String LIBRARY = "/org/minipy/lib/";
    /** Source names of library modules start with this, e.g. {@code <minipy>/functools.py}. */
    public static final String LIBRARY_PREFIX = "<minipy>/";

    private ModuleLoader() {
    }

    public static CallTarget parseMain(MiniPyLanguage language, Source source) {
        return new MainRootNode(language, source).getCallTarget();
    }

    /** Parses and compiles a whole module; syntax errors come back as Python {@code SyntaxError} exceptions. */
    @TruffleBoundary
    static PythonCode compile(MiniPyLanguage language, Source source, boolean interactive) {
        source = decoded(source);
        Stmt.Module module = MiniPyParser.parse(source.getCharacters().toString(), source.getName());
        return CodeGenerator.compileModule(language, source, module, interactive ? DISPLAY_HOOK : null);
    }

    /**
     * A file's source as CPython decodes it (see SourceDecoding): the file system layer reads every file as UTF-8, which
     * is right unless the file starts with a BOM, has a coding declaration, or has bytes that are not UTF-8.
     */
    private static Source decoded(Source source) {
        if (source.getPath() == null || !source.hasCharacters() || !org.minipy.parser.SourceDecoding.needsDecoding(source.getCharacters())) {
            return source;
        }
        byte[] bytes;
        try {
            bytes = PythonContext.get(null).getEnv().getPublicTruffleFile(source.getPath()).readAllBytes();
        } catch (IOException | SecurityException e) {
            return source;
        }
        String text = org.minipy.parser.SourceDecoding.decode(bytes, source.getName());
        return text.contentEquals(source.getCharacters()) ? source : Source.newBuilder(source).content(text).build();
    }

    /**
     * What the REPL and compile(..., 'single') do with the value of an expression statement: hand it to the
     * sys.displayhook of the moment (a program may replace it).
     */
    static final org.minipy.runtime.PBuiltinFunction DISPLAY_HOOK = org.minipy.runtime.PBuiltinFunction.create("displayhook(value, /)", a -> {
        Object hook = PythonContext.get().getSys().getGlobal("displayhook");
        if (hook == null) {
            throw org.minipy.runtime.Errors.runtimeError("lost sys.displayhook");
        }
        return org.minipy.runtime.Calls.call(hook, new Object[]{a[0]});
    });

    /** Runs compiled module code with {@code module} as its globals. */
    @TruffleBoundary
    static Object run(PythonCode code, PModule module) {
        PFunction body = new PFunction(code, module, null, null, new PCell[0]);
        return code.getCallTarget().call(body);
    }

    /**
     * {@code import name} or {@code from .name import ...} in a module whose globals are {@code globals}: a name with
     * leading dots is resolved against the importing module's package first, as CPython's importlib does.
     */
    @TruffleBoundary
    public static Object importModule(PythonContext context, PModule globals, String name) {
        return importModule(context, name.startsWith(".") ? absoluteName(globals, name) : name);
    }

    private static String absoluteName(PModule globals, String name) {
        int level = 0;
        while (level < name.length() && name.charAt(level) == '.') {
            level++;
        }
        String pkg = null;
        if (globals != null) {
            Object declared = globals.getGlobal("__package__");
            if (declared instanceof String s) {
                pkg = s;
            } else if (globals.getGlobal("__name__") instanceof String moduleName) {
                int dot = moduleName.lastIndexOf('.');
                pkg = globals.getGlobal("__path__") != null ? moduleName : dot < 0 ? "" : moduleName.substring(0, dot);
            }
        }
        if (pkg == null || pkg.isEmpty()) {
            throw Errors.raise(BuiltinTypes.IMPORT_ERROR, "attempted relative import with no known parent package");
        }
        String base = pkg;
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw Errors.raise(BuiltinTypes.IMPORT_ERROR, "attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        String rest = name.substring(level);
        return rest.isEmpty() ? base : base + "." + rest;
    }

    /**
     * {@code from module import name}: the attribute, or else the submodule {@code module.name} of a package, imported
     * now if need be (CPython's _handle_fromlist); otherwise CPython's ImportError.
     */
    @TruffleBoundary
    public static Object importFrom(PythonContext context, PModule module, String name) {
        Object v = org.minipy.runtime.Attributes.lookupAttribute(module, name);
        if (v != null) {
            return v;
        }
        Object sub = submodule(context, module, name);
        if (sub != null) {
            return sub;
        }
        Object file = module.getGlobal("__file__");
        String where = file instanceof String f ? f : "unknown location";
        PException error = module.isInitializing()
                        ? Errors.raise(BuiltinTypes.IMPORT_ERROR, "cannot import name '%s' from partially initialized module '%s' (most likely due to a circular import) (%s)",
                                        name, module.getName(), where)
                        : Errors.raise(BuiltinTypes.IMPORT_ERROR, "cannot import name '%s' from '%s' (%s)", name, module.getName(), where);
        Errors.withAttribute(error, "name", module.getName());
        throw Errors.withAttribute(error, "path", file instanceof String f ? f : PNone.NONE);
    }

    /**
     * The submodule {@code name} of a package, imported now if need be, or null when there is none (also when
     * {@code module} is not a package). Errors inside the submodule propagate.
     */
    @TruffleBoundary
    public static Object submodule(PythonContext context, PModule module, String name) {
        String full = module.getName() + "." + name;
        Object sub = context.getModules().get(full);
        if (sub != null) {
            return sub;
        }
        if (module.getGlobal("__path__") != null) {
            try {
                return importModule(context, full);
            } catch (PException e) {
                // only "no such submodule" means there is none; errors inside it propagate
                if (!(e.getPythonException().getPythonClass() == BuiltinTypes.MODULE_NOT_FOUND_ERROR &&
                                full.equals(org.minipy.runtime.Attributes.lookupAttribute(e.getPythonException(), "name")))) {
                    throw e;
                }
            }
        }
        return null;
    }

    /** {@code import name}: the module named (for {@code a.b}, the submodule {@code b}), loading it on first use. */
    @TruffleBoundary
    public static Object importModule(PythonContext context, String name) {
        if (name.startsWith(".")) {
            throw Errors.raise(BuiltinTypes.IMPORT_ERROR, "attempted relative import with no known parent package");
        }
        Map<String, Object> modules = context.getModules();
        Object loaded = modules.get(name);
        if (loaded != null) {
            return loaded;
        }
        // The import lock: held while a module body runs (guest code, which may hand the GIL to another thread),
        // so a thread that has to wait for it releases the GIL meanwhile, or the two would deadlock.
        java.util.concurrent.locks.ReentrantLock importLock = context.getImportLock();
        if (!importLock.tryLock()) {
            context.getGilControl().blocking(null, () -> {
                importLock.lockInterruptibly();
                return null;
            });
        }
        try {
            loaded = registeredByGuest(context, name);
            if (loaded != null) {
                return loaded;
            }
            int dot = name.lastIndexOf('.');
            if (dot >= 0) {
                Object parent = importModule(context, name.substring(0, dot));
                loaded = registeredByGuest(context, name);
                if (loaded != null) {
                    return loaded;
                }
                String dir = packageDirectory(parent);
                PModule sub = dir != null && dir.startsWith(LIBRARY_PREFIX) ? loadLibrary(context, name)
                                : loadFromPath(context, name, dir, name.substring(dot + 1));
                if (sub == null && dir != null && !dir.startsWith(LIBRARY_PREFIX)) {
                    sub = namespacePackage(context, name, dir, name.substring(dot + 1));
                }
                if (sub == null && dir == null) {
                    String parentName = name.substring(0, dot);
                    throw Errors.withAttribute(Errors.raise(BuiltinTypes.MODULE_NOT_FOUND_ERROR, "No module named '%s'; '%s' is not a package",
                                    name, parentName), "name", name);
                }
                if (sub == null) {
                    throw notFound(name);
                }
                if (parent instanceof PModule p) {
                    p.setGlobal(name.substring(dot + 1), sub);
                }
                return sub;
            }
            PModule builtin = builtinModule(context, name);
            if (builtin != null) {
                SysModule.registerModule(context, name, builtin);
                return builtin;
            }
            PModule library = loadLibrary(context, name);
            if (library != null) {
                return library;
            }
            for (Object entry : searchPath(context)) {
                if (entry instanceof String dir) {
                    PModule m = loadFromPath(context, name, dir.isEmpty() ? "." : dir, name);
                    if (m != null) {
                        return m;
                    }
                }
            }
            // as in CPython, a directory without __init__ is a package only when no module of that name exists
            for (Object entry : searchPath(context)) {
                if (entry instanceof String dir) {
                    PModule m = namespacePackage(context, name, dir.isEmpty() ? "." : dir, name);
                    if (m != null) {
                        return m;
                    }
                }
            }
            throw notFound(name);
        } finally {
            importLock.unlock();
        }
    }

    /**
     * A module that guest code put in {@code sys.modules} itself (as {@code os} does for {@code os.path}): recorded
     * in the context's table too, so later imports find it directly.
     */
    private static Object registeredByGuest(PythonContext context, String name) {
        Object loaded = context.getModules().get(name);
        if (loaded == null && context.getSys().getGlobal("modules") instanceof org.minipy.runtime.PDict d) {
            loaded = d.get(name);
            if (loaded != null) {
                context.getModules().put(name, loaded);
            }
        }
        return loaded;
    }

    private static PException notFound(String name) {
        return Errors.withAttribute(Errors.raise(BuiltinTypes.MODULE_NOT_FOUND_ERROR, "No module named %s", org.minipy.runtime.Repr.repr(name)), "name", name);
    }

    private static Object[] searchPath(PythonContext context) {
        Object path = context.getSys().getGlobal("path");
        return path == null ? new Object[0] : Iteration.toArray(path);
    }

    private static String packageDirectory(Object parent) {
        if (parent instanceof PModule p && p.getGlobal("__path__") instanceof org.minipy.runtime.PList list && list.size() > 0 &&
                        list.get(0) instanceof String dir) {
            return dir;
        }
        return null;
    }

    private static PModule builtinModule(PythonContext context, String name) {
        Map<String, Object> members;
        switch (name) {
            case "_numba":
                return org.minipy.numba.NumbaModule.create();
            case "time":
                return TimeModule.create();
            case "_os":
                return org.minipy.modules.OsModule.create();
            case "_json":
                return org.minipy.modules.JsonModule.create();
            case "_minipy_lib":
                return org.minipy.modules.LibrarySupportModule.create();
            case "_minipy_thread":
                return org.minipy.modules.ThreadModule.create();
            case "gil":
                return org.minipy.modules.GilModule.create();
            case "numpy":
                return org.minipy.numpy.NumpyModule.create();
            case "math":
                members = MathModule.createMembers();
                break;
            case "random":
                members = RandomModule.createMembers();
                break;
            default:
                return null;
        }
        PModule m = new PModule(name);
        members.forEach(m::setGlobal);
        return m;
    }

    /** A library module {@code a.b} is the resource {@code a/b.py}, or the package {@code a/b/__init__.py}. */
    private static PModule loadLibrary(PythonContext context, String name) {
        String path = name.replace('.', '/');
        String text = readResource(LIBRARY + path + ".py");
        if (text != null) {
            Source source = Source.newBuilder(MiniPyLanguage.ID, text, LIBRARY_PREFIX + path + ".py").build();
            return execute(context, name, source, null);
        }
        text = readResource(LIBRARY + path + "/__init__.py");
        if (text != null) {
            Source source = Source.newBuilder(MiniPyLanguage.ID, text, LIBRARY_PREFIX + path + "/__init__.py").build();
            return execute(context, name, source, LIBRARY_PREFIX + path);
        }
        return null;
    }

    private static String readResource(String resource) {
        try (InputStream in = ModuleLoader.class.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** Looks for {@code dir/file.mpy}, or the package {@code dir/file/__init__.mpy}. */
    private static PModule loadFromPath(PythonContext context, String name, String dir, String file) {
        if (dir == null || file.indexOf('\0') >= 0) { // no file has such a name (__import__('string\0'))
            return null;
        }
        TruffleFile directory = context.getEnv().getPublicTruffleFile(dir);
        TruffleFile plain = directory.resolve(file + ".mpy");
        if (plain.isRegularFile()) {
            return execute(context, name, sourceOf(plain), null);
        }
        TruffleFile packageDir = directory.resolve(file);
        TruffleFile init = packageDir.resolve("__init__.mpy");
        if (init.isRegularFile()) {
            return execute(context, name, sourceOf(init), packageDir.getAbsoluteFile().getPath());
        }
        return null;
    }

    /** A namespace package: a directory {@code dir/file} without {@code __init__.mpy}; nothing to run. */
    private static PModule namespacePackage(PythonContext context, String name, String dir, String file) {
        if (file.indexOf('\0') >= 0) {
            return null;
        }
        TruffleFile packageDir = context.getEnv().getPublicTruffleFile(dir).resolve(file);
        if (!packageDir.isDirectory()) {
            return null;
        }
        PModule module = new PModule(name);
        module.setGlobal("__file__", PNone.NONE);
        module.setGlobal("__path__", new org.minipy.runtime.PList(new Object[]{packageDir.getAbsoluteFile().getPath()}));
        module.setGlobal("__package__", name);
        SysModule.registerModule(context, name, module);
        return module;
    }

    private static Source sourceOf(TruffleFile file) {
        try {
            return Source.newBuilder(MiniPyLanguage.ID, file).name(file.getAbsoluteFile().getPath()).build();
        } catch (IOException e) {
            throw Errors.raise(BuiltinTypes.IMPORT_ERROR, "cannot read %s: %s", file.getPath(), String.valueOf(e.getMessage()));
        }
    }

    private static PModule execute(PythonContext context, String name, Source source, String packagePath) {
        PModule module = new PModule(name);
        // CPython's names, in CPython's order (vars(module) shows it)
        // __package__: what relative imports inside the module are resolved against
        int dot = name.lastIndexOf('.');
        module.setGlobal("__package__", packagePath != null ? name : dot < 0 ? "" : name.substring(0, dot));
        Object loader = ModuleSpecs.loader(name, source.getName());
        module.setGlobal("__loader__", loader);
        module.setGlobal("__spec__", ModuleSpecs.spec(name, loader, source.getName(), packagePath));
        if (packagePath != null) {
            module.setGlobal("__path__", new org.minipy.runtime.PList(new Object[]{packagePath}));
        }
        module.setGlobal("__file__", source.getName());
        module.setGlobal("__builtins__", context.getBuiltins().toDict());
        PythonCode code;
        try {
            code = compile(context.getLanguage(), source, false);
        } catch (PythonSyntaxError e) {
            throw toPythonException(e);
        }
        SysModule.registerModule(context, name, module);
        module.setInitializing(true);
        try {
            run(code, module);
        } catch (PException e) {
            context.getModules().remove(name);
            if (context.getSys().getGlobal("modules") instanceof org.minipy.runtime.PDict d) {
                d.remove(name);
            }
            throw e;
        } finally {
            module.setInitializing(false);
        }
        return module;
    }

    /** A syntax error found while importing becomes a catchable Python {@code SyntaxError}. */
    static PException toPythonException(PythonSyntaxError e) {
        org.minipy.runtime.PythonClass cls = switch (e.kind) {
            case PythonSyntaxError.INDENTATION_ERROR -> BuiltinTypes.INDENTATION_ERROR;
            case PythonSyntaxError.TAB_ERROR -> BuiltinTypes.TAB_ERROR;
            default -> BuiltinTypes.SYNTAX_ERROR;
        };
        // CPython's args: (msg, (filename, lineno, offset, text, end_lineno, end_offset)), also as attributes.
        String text = e.sourceLine == null ? null : e.sourceLine + "\n";
        Object[] details = {e.filename, (long) e.line, (long) e.column, text == null ? PNone.NONE : text, (long) e.line, (long) e.endColumn};
        PBaseException exc = new PBaseException(cls, new PTuple(new Object[]{e.message, new PTuple(details)}));
        String[] names = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
        org.minipy.runtime.Attributes.putOwn(exc, "msg", e.message);
        for (int i = 0; i < names.length; i++) {
            org.minipy.runtime.Attributes.putOwn(exc, names[i], details[i]);
        }
        org.minipy.runtime.Attributes.putOwn(exc, "print_file_and_line", PNone.NONE);
        return new PException(exc, null);
    }
}
