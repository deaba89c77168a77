package org.minipy;

import com.oracle.truffle.api.CallTarget;
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

    public static MiniPyLanguage get(Node node) {
        return REFERENCE.get(node);
    }

    @Override
    protected PythonContext createContext(Env env) {
        return new PythonContext(this, env);
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
