package org.minipy;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.TruffleLanguage;

import com.oracle.truffle.api.ContextThreadLocal;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.bytecode.PythonThreadState;
import org.minipy.runtime.PythonContext;

/**
 * The Truffle entry point of MiniPy: creates a {@link PythonContext} per interpreter and turns a {@code .mpy} source
 * into a call target that runs it as the {@code __main__} module. Many threads may run guest code in one context.
 */
@TruffleLanguage.Registration(id = MiniPyLanguage.ID, name = "MiniPy", version = MiniPyLanguage.VERSION,
                defaultMimeType = MiniPyLanguage.MIME_TYPE, characterMimeTypes = MiniPyLanguage.MIME_TYPE,
                contextPolicy = TruffleLanguage.ContextPolicy.SHARED, fileTypeDetectors = MiniPyFileDetector.class)
public final class MiniPyLanguage extends TruffleLanguage<PythonContext> {
    public static final String ID = "minipy";
    public static final String VERSION = "3.11.7";
    public static final String MIME_TYPE = "text/x-minipy";

    private final ContextThreadLocal<PythonThreadState> threadState = locals.createContextThreadLocal(MiniPyLanguage::newThreadState);

    /** Every thread that enters an interpreter gets its state and its GIL record (the first one is MainThread). */
    private static PythonThreadState newThreadState(PythonContext context, Thread thread) {
        org.minipy.gil.GilThread gil = new org.minipy.gil.GilThread(thread, thread.getName());
        context.getGilControl().register(gil);
        return new PythonThreadState(gil);
    }

    private static final LanguageReference<MiniPyLanguage> REFERENCE = LanguageReference.create(MiniPyLanguage.class);

    public static PythonThreadState getThreadState(Node node) {
        return REFERENCE.get(node).threadState.get();
    }

    /*
     * The interpreter's shortcut for the per-call work (bytecode.MiniPyRootNode's frame prolog and epilogs). In compiled
     * code the context and its thread locals are a few loads, but the interpreter runs as ordinary Java, where each
     * lookup is a call into the VM: about an eighth of an interpreted call. While this language has exactly one live
     * context (always, under mpy) the running code belongs to it, so the interpreter reads that context from the
     * language, and there the state of the thread that ran last (under a GIL, the same one for thousands of calls).
     */
    private volatile PythonContext soleContext;
    private int liveContexts;

    /** The thread state of the running thread, for code of {@code root}. */
    public static PythonThreadState getThreadState(org.minipy.bytecode.MiniPyRootNode root) {
        if (CompilerDirectives.inInterpreter() && root != null) {
            MiniPyLanguage language = root.getLanguage(MiniPyLanguage.class);
            PythonContext sole = language.soleContext;
            if (sole != null) {
                PythonThreadState last = sole.lastThreadState;
                if (last != null && last.gil.thread == Thread.currentThread()) {
                    return last;
                }
                last = language.threadState.get();
                sole.lastThreadState = last;
                return last;
            }
        }
        return getThreadState((Node) root);
    }

    /** The context running code of {@code root}. */
    public static PythonContext getContext(org.minipy.bytecode.MiniPyRootNode root) {
        if (CompilerDirectives.inInterpreter() && root != null) {
            PythonContext sole = root.getLanguage(MiniPyLanguage.class).soleContext;
            if (sole != null) {
                return sole;
            }
        }
        return PythonContext.get(root);
    }

    public static MiniPyLanguage get(Node node) {
        return REFERENCE.get(node);
    }

    @Override
    protected PythonContext createContext(Env env) {
        PythonContext context = new PythonContext(this, env);
        synchronized (this) {
            liveContexts++;
            soleContext = liveContexts == 1 ? context : null;
        }
        return context;
    }

    @Override
    protected void disposeContext(PythonContext context) {
        synchronized (this) {
            liveContexts--;
            soleContext = null;   // (with one left, it stays on the general path: rare, and always correct)
        }
    }

    public MiniPyLanguage() {
        org.minipy.runtime.Calls.setFunctionInvoker(org.minipy.bytecode.FunctionInvocation.INSTANCE);
    }

    @Override
    protected void initializeContext(PythonContext context) {
        org.minipy.builtins.Bootstrap.initialize(context);
        org.minipy.compiler.DynamicCode.install(context.getBuiltins());
        org.minipy.modules.SysModule.install(context, context.getEnv().getApplicationArguments());
    }

    @Override
    protected boolean isThreadAccessAllowed(Thread thread, boolean singleThreaded) {
        return true;
    }

    /**
     * Truffle would print the result of every interactive evaluation; the REPL's display hook (ModuleLoader) already
     * shows expression values the way Python does, so nothing is printed a second time ("None" after each input).
     */
    @Override
    protected boolean isVisible(PythonContext context, Object value) {
        return false;
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        return org.minipy.compiler.ModuleLoader.parseMain(this, request.getSource());
    }
}
