package org.minipy.compiler;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;

import org.minipy.MiniPyLanguage;
import org.minipy.bytecode.Tracebacks;
import org.minipy.modules.SysModule;
import org.minipy.parser.PythonSyntaxError;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PException;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PythonCode;
import org.minipy.runtime.PythonContext;
import org.minipy.runtime.Repr;

/**
 * Runs a program as {@code __main__}, the way the {@code python} command does: a syntax error or an uncaught
 * exception is printed in CPython's format on stderr and ends the process with status 1; {@code SystemExit} ends it
 * with its status. The process ends through {@code closeExited}, so the launcher only relays the status.
 *
 * <p>Interactive sources (the REPL) share one {@code __main__}, echo the value of expression statements, and
 * rethrow uncaught exceptions after printing them so the REPL goes on.
 */
final class MainRootNode extends RootNode {
    private final Source source;

    MainRootNode(MiniPyLanguage language, Source source) {
        super(language);
        this.source = source;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return runMain();
    }

    /** Runs the program holding the GIL; the REPL gives it up between inputs so other threads can run. */
    @TruffleBoundary
    private Object runMain() {
        PythonContext context = PythonContext.get(this);
        org.minipy.gil.GilControl gil = context.getGilControl();
        org.minipy.gil.GilThread me = gil.current();
        if (!me.holding) {
            if (me.acquisitions == 0) {
                org.minipy.modules.ThreadModule.setCurrentName("MainThread");
                if (!source.isInteractive() && System.getProperty("minipy.stdin.tty") != null) {
                    // started by the mpy command (not embedded): Ctrl-C raises KeyboardInterrupt in this thread
                    org.minipy.gil.KeyboardInterrupts.install(context.getEnv(), Thread.currentThread(),
                                    () -> org.minipy.runtime.Errors.raiseEmpty(BuiltinTypes.KEYBOARD_INTERRUPT));
                }
            }
            if (me.acquisitions == 0 && context.getXOption("giltrace") != null) {
                gil.startTrace();
            }
            gil.acquire(this, me);
        }
        try {
            return runMainHoldingGil(context);
        } finally {
            if (source.isInteractive()) {
                gil.release(me);
            }
        }
    }

    private Object runMainHoldingGil(PythonContext context) {
        boolean interactive = source.isInteractive();
        // mpy -i: the program's end, even by an exception or SystemExit, leads into the REPL instead of the exit
        boolean inspect = !interactive && "1".equals(context.getEnv().getEnvironment().get("MPY_INSPECT"));
        PModule main = mainModule(context, interactive);
        int status = 0;
        try {
            PythonCode code;
            try {
                code = ModuleLoader.compile(context.getLanguage(), source, interactive);
            } catch (PythonSyntaxError e) {
                if (interactive) {
                    throw ModuleLoader.toPythonException(e); // printed once, as any exception in the REPL, below
                }
                context.getOut().flush();
                List<String> outer = runpyFrames(context, true);
                if (!outer.isEmpty()) {
                    context.getErr().print("Traceback (most recent call last):\n" + String.join("\n", outer) + "\n");
                }
                printSyntaxError(context, e);
                return inspect ? PNone.NONE : exit(context, 1);
            }
            String mainPackage = interactive ? null : context.getEnv().getEnvironment().get("MPY_MAIN_PACKAGE");
            if (mainPackage != null) {
                // -m pkg.mod: like runpy, import the package first and let relative imports resolve against it
                main.setGlobal("__package__", mainPackage);
                if (!mainPackage.isEmpty()) {
                    ModuleLoader.importModule(context, mainPackage);
                }
            }
            ModuleLoader.run(code, main);
        } catch (PException e) {
            if (e.matches(BuiltinTypes.SYSTEM_EXIT) && !inspect) {
                status = exitStatus(context, e.getPythonException());
            } else {
                context.getOut().flush();
                if (!callExceptHook(context, e.getPythonException())) {
                    Tracebacks.print(e.getPythonException(), context.getErr(), interactive ? List.of() : runpyFrames(context, false));
                }
                if (interactive) {
                    throw e;
                }
                // CPython ends by re-raising SIGINT: the shell sees 128 + 2
                status = e.matches(BuiltinTypes.KEYBOARD_INTERRUPT) ? 130 : 1;
            }
        }
        if (interactive && status == 0 || inspect) {
            context.getOut().flush();
            return PNone.NONE;
        }
        return exit(context, status);
    }

    private Object exit(PythonContext context, int status) {
        if (!source.isInteractive()) {
            status = shutdownThreads(context, status);
            org.minipy.bytecode.PGenerator.closeGlobalGenerators(context);
        }
        context.getOut().flush();
        if (context.getXOption("giltrace") != null && context.getGilControl().trace() != null) {
            org.minipy.gil.GilControl gil = context.getGilControl();
            gil.traceFinish(); // closes the main thread's last holding span (it keeps the GIL)
            String problem = gil.trace().write(context.getXOption("giltrace"), gil.threads());
            if (problem != null) {
                context.getErr().println(problem);
            }
        }
        if (context.getXOption("gilstats") != null) {
            org.minipy.modules.GilModule.printReport(context.getGilControl(), context.getErr());
        }
        if (org.minipy.gil.GilControl.CHECK) {
            context.getErr().println("gilcheck: " + context.getGilControl().violations() + " violations");
        }
        context.getErr().flush();
        context.getEnv().getContext().closeExited(this, status);
        return PNone.NONE;
    }

    /** {@code threading._shutdown()}: waits for the non-daemon threads (daemon threads are left behind). */
    private static int shutdownThreads(PythonContext context, int status) {
        if (context.getModules().get("threading") instanceof PModule threading && threading.getGlobal("_shutdown") != null) {
            try {
                org.minipy.runtime.Calls.call(threading.getGlobal("_shutdown"), new Object[0]);
            } catch (PException e) {
                context.getOut().flush();
                Tracebacks.print(e.getPythonException(), context.getErr());
            }
        }
        return status;
    }

    private PModule mainModule(PythonContext context, boolean interactive) {
        if (interactive && context.getModules().get("__main__") instanceof PModule existing) {
            return existing;
        }
        PModule main = new PModule("__main__");
        // What CPython's __main__ starts with, in its order (a script's __loader__ is a SourceFileLoader).
        main.setGlobal("__package__", PNone.NONE);
        if (source.getPath() != null) {
            main.setGlobal("__loader__", ModuleSpecs.loader("__main__", source.getName()));
        }
        main.setGlobal("__spec__", PNone.NONE);
        main.setGlobal("__annotations__", new org.minipy.runtime.PDict());
        main.setGlobal("__builtins__", context.getBuiltins());
        if (source.getPath() != null || !interactive && source.getName().equals("<stdin>")) {
            main.setGlobal("__file__", source.getName()); // a program piped in is "<stdin>", as in CPython
        }
        main.setGlobal("__cached__", PNone.NONE);
        SysModule.registerModule(context, "__main__", main);
        return main;
    }

    /**
     * A program's own {@code sys.excepthook} gets the uncaught exception instead of the default printing; answers
     * whether there was one. If it fails, CPython prints both tracebacks.
     */
    private static boolean callExceptHook(PythonContext context, PBaseException exc) {
        Object hook = context.getSys().getGlobal("excepthook");
        if (hook == null || hook == context.getSys().getGlobal("__excepthook__")) {
            return false;
        }
        try {
            org.minipy.runtime.Calls.call(hook, new Object[]{exc.getPythonClass(), exc, exc.getTraceback()});
        } catch (PException failed) {
            context.getOut().flush();
            context.getErr().print("Error in sys.excepthook:\n");
            Tracebacks.print(failed.getPythonException(), context.getErr());
            context.getErr().print("\nOriginal exception was:\n");
            Tracebacks.print(exc, context.getErr());
        }
        context.getOut().flush();
        return true;
    }

    /** CPython's handling of SystemExit: None is 0, an int is the status, anything else is printed and gives 1. */
    private static int exitStatus(PythonContext context, PBaseException exit) {
        Object code = exit.getArgs().size() == 0 ? PNone.NONE : exit.getArgs().size() == 1 ? exit.getArgs().get(0) : exit.getArgs();
        if (code == PNone.NONE) {
            return 0;
        }
        if (code instanceof Long l) {
            return (int) l.longValue();
        }
        if (code instanceof Boolean bool) {
            return bool ? 1 : 0;
        }
        context.getOut().flush();
        context.getErr().println(Repr.str(code));
        return 1;
    }

    /**
     * Under {@code -m} and for a directory with a {@code __main__} file, CPython runs the program through runpy, whose
     * frames come first in the traceback of an uncaught exception (and of a syntax error, with the importer's). The
     * launcher says which way the program runs (MPY_MAIN_KIND); the line numbers are CPython 3.11.7's.
     */
    private static List<String> runpyFrames(PythonContext context, boolean syntaxError) {
        String kind = context.getEnv().getEnvironment().get("MPY_MAIN_KIND");
        if (kind == null || !(kind.equals("module") || kind.equals("directory"))) {
            return List.of();
        }
        if (!syntaxError) {
            return List.of("  File \"<frozen runpy>\", line 198, in _run_module_as_main",
                            "  File \"<frozen runpy>\", line 88, in _run_code");
        }
        List<String> frames = new java.util.ArrayList<>();
        if (kind.equals("module")) {
            frames.add("  File \"<frozen runpy>\", line 189, in _run_module_as_main");
        } else {
            frames.add("  File \"<frozen runpy>\", line 191, in _run_module_as_main");
            frames.add("  File \"<frozen runpy>\", line 240, in _get_main_module_details");
        }
        frames.add("  File \"<frozen runpy>\", line 159, in _get_module_details");
        frames.add("  File \"<frozen importlib._bootstrap_external>\", line 1074, in get_code");
        frames.add("  File \"<frozen importlib._bootstrap_external>\", line 1004, in source_to_code");
        frames.add("  File \"<frozen importlib._bootstrap>\", line 241, in _call_with_frames_removed");
        return frames;
    }

    /** {@code File "x.mpy", line 3}, the line, a caret under the column, then {@code SyntaxError: message}. */
    static void printSyntaxError(PythonContext context, PythonSyntaxError e) {
        StringBuilder sb = new StringBuilder();
        if (e.sourceLine != null || e.column != 0) { // an undecodable file is reported by its message alone
            Tracebacks.syntaxErrorLocation(sb, e.filename, e.line, e.sourceLine, e.column, e.endColumn,
                            PythonSyntaxError.SYNTAX_ERROR.equals(e.kind));
        }
        sb.append(e.pythonMessage()).append('\n');
        context.getErr().print(sb);
        context.getErr().flush();
    }
}
