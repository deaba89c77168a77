package org.minipy.compiler;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.source.Source;

import org.minipy.MiniPyLanguage;
import org.minipy.ast.Expr;
import org.minipy.ast.Stmt;
import org.minipy.bytecode.CallerFrames;
import org.minipy.parser.MiniPyParser;
import org.minipy.parser.PythonSyntaxError;
import org.minipy.runtime.Errors;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PCell;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PException;
import org.minipy.runtime.PFunction;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.PythonCode;
import org.minipy.runtime.PythonObject;
import org.minipy.runtime.PythonContext;
import org.minipy.runtime.TypeOf;

/**
 * {@code eval}, {@code exec} and {@code compile}: compile a string at run time and run it in the caller's namespaces
 * or in dicts the caller passes. Code whose locals differ from its globals runs like a class body (locals mapping,
 * then globals, then builtins), which is CPython's {@code LOAD_NAME} rule. {@code compile()} checks the syntax at
 * once and returns a {@link CompiledSource} that eval and exec accept in place of the string.
 */
public final class DynamicCode {
    private DynamicCode() {
    }

    /** The class of what {@code compile()} returns (CPython's {@code code}). */
    static final PythonClass CODE = new PythonClass("code", new PythonClass[]{org.minipy.runtime.BuiltinTypes.OBJECT}, true,
                    PythonClass.Layout.OBJECT);

    /**
     * compile()'s result: the source text, the file name for tracebacks, whether it is an expression, and whether it
     * is one interactive statement ('single' mode: expression statements go to sys.displayhook).
     */
    static final class CompiledSource extends PythonObject {
        final String text;
        final String filename;
        final boolean isEval;
        final boolean isSingle;

        CompiledSource(String text, String filename, boolean isEval, boolean isSingle) {
            super(CODE);
            this.text = text;
            this.filename = filename;
            this.isEval = isEval;
            this.isSingle = isSingle;
        }

        @Override
        public String toString() {
            return "<code object <module> at 0x" + Long.toHexString(org.minipy.runtime.Identity.id(this)) + ", file \"" + filename
                            + "\", line 1>";
        }
    }

    public static void install(PModule builtins) {
        builtins.setGlobal("eval", PBuiltinFunction.create("eval(source, globals=None, locals=None, /)", a -> run(true, a[0], a[1], a[2])));
        builtins.setGlobal("exec", PBuiltinFunction.create("exec(source, globals=None, locals=None, /, *, closure=None)", a -> {
            if (a[3] != PNone.NONE) {
                throw Errors.notImplementedError("MiniPy does not support exec() with a closure");
            }
            return run(false, a[0], a[1], a[2]);
        }));
        builtins.setGlobal("compile", PBuiltinFunction.create(
                        "compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)",
                        a -> compile(a[0], a[1], a[2])));
    }

    @TruffleBoundary
    private static Object compile(Object source, Object filename, Object mode) {
        String text = sourceText(source, "compile");
        if (!(filename instanceof String name)) {
            throw Errors.typeError("expected str, bytes or os.PathLike object, not %s", TypeOf.nameOf(filename));
        }
        if (!(mode instanceof String m)) {
            throw Errors.typeError("compile() argument 'mode' must be str, not %s", Errors.argumentTypeName(mode));
        }
        boolean isEval = m.equals("eval");
        boolean isSingle = m.equals("single");
        if (!isEval && !isSingle && !m.equals("exec")) {
            throw Errors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
        }
        CompiledSource code = new CompiledSource(isEval ? text.stripLeading() : text, name, isEval, isSingle);
        Stmt.Module tree = parse(code.text, name, isEval);
        if (isSingle) {
            checkSingleStatement(tree, code.text, name);
        }
        // CPython's compile() runs the whole compiler: scope errors inside functions surface here, not at exec()
        Source src = Source.newBuilder(MiniPyLanguage.ID, code.text, name).build();
        try {
            CodeGenerator.compile(PythonContext.get().getLanguage(), src, tree, null, false);
        } catch (PythonSyntaxError e) {
            throw ModuleLoader.toPythonException(e);
        }
        return code;
    }

    /**
     * 'single' mode takes one interactive statement: one line of simple statements or one compound statement. CPython
     * points at the end of a simple first line; what follows a compound statement is invalid syntax.
     */
    private static void checkSingleStatement(Stmt.Module tree, String text, String filename) {
        List<Stmt> body = tree.body();
        if (body.isEmpty()) {
            return;
        }
        int firstLine = body.get(0).loc().line();
        boolean compound = switch (body.get(0)) {
            case Stmt.If s -> true;
            case Stmt.For s -> true;
            case Stmt.While s -> true;
            case Stmt.Try s -> true;
            case Stmt.With s -> true;
            case Stmt.FunctionDef s -> true;
            case Stmt.ClassDef s -> true;
            default -> false;
        };
        for (int i = 1; i < body.size(); i++) {
            Stmt next = body.get(i);
            if (compound || next.loc().line() != firstLine) {
                String[] lines = text.split("\n", -1);
                int line = compound ? next.loc().line() : firstLine;
                String sourceLine = line <= lines.length ? lines[line - 1] : "";
                int column = compound ? next.loc().col() + 1 : sourceLine.length() + 1;
                int end = compound ? column + 1 : column;
                String message = compound ? "invalid syntax" : "multiple statements found while compiling a single statement";
                throw ModuleLoader.toPythonException(new PythonSyntaxError(PythonSyntaxError.SYNTAX_ERROR, message,
                                filename, line, column, end,
                                sourceLine));
            }
        }
    }

    private static String sourceText(Object source, String function) {
        if (source instanceof String s) {
            return s;
        } else if (source instanceof PBytes b) {
            return new String(b.getBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        throw Errors.typeError("%s() arg 1 must be a string, bytes or %s", function, function.equals("compile") ? "AST object" : "code object");
    }

    private static Stmt.Module parse(String text, String filename, boolean isEval) {
        if (isEval && text.isBlank()) {
            // nothing to evaluate: CPython reports the error at line 0
            throw ModuleLoader.toPythonException(new PythonSyntaxError(PythonSyntaxError.SYNTAX_ERROR, "invalid syntax", filename, 0, 0, 0, ""));
        }
        try {
            if (isEval) {
                Expr e = MiniPyParser.parseExpression(text, filename);
                return new Stmt.Module(List.of(new Stmt.Return(e.loc(), e)));
            }
            return MiniPyParser.parse(text, filename);
        } catch (PythonSyntaxError e) {
            PException error = ModuleLoader.toPythonException(e);
            if (isEval && e.sourceLine != null && e.line == text.lines().count() && !text.endsWith("\n")) {
                // eval mode reads no implicit newline: the text has none, and an error at the end has offset 0
                org.minipy.runtime.PBaseException exc = error.getPythonException();
                org.minipy.runtime.Attributes.putOwn(exc, "text", e.sourceLine);
                if (e.column == e.sourceLine.length() + 1) {
                    org.minipy.runtime.Attributes.putOwn(exc, "offset", 0L);
                    org.minipy.runtime.Attributes.putOwn(exc, "end_offset", 0L);
                }
            }
            throw error;
        }
    }

    @TruffleBoundary
    private static Object run(boolean isEval, Object source, Object globals, Object locals) {
        String function = isEval ? "eval" : "exec";
        String text;
        String filename = "<string>";
        boolean parseAsEval = isEval;
        boolean single = false;
        // the namespaces are checked before the source, as in CPython
        if (globals != PNone.NONE && !(globals instanceof PDict)) {
            if (!isEval) {
                throw Errors.typeError("exec() globals must be a dict, not %s", TypeOf.nameOf(globals));
            }
            throw Errors.typeError(TypeOf.classOf(globals).lookup("__getitem__") != null ? "globals must be a real dict; try eval(expr, {}, mapping)"
                            : "globals must be a dict");
        }
        if (locals != PNone.NONE && !(locals instanceof PDict)) {
            throw isEval ? Errors.typeError("locals must be a mapping")
                            : Errors.typeError("locals must be a mapping or None, not %s", TypeOf.nameOf(locals));
        }
        if (source instanceof CompiledSource c) {
            // compiled code runs as what it was compiled as: eval() of exec-code returns None
            text = c.text;
            filename = c.filename;
            parseAsEval = c.isEval;
            single = c.isSingle;
        } else {
            text = sourceText(source, function);
            if (isEval) {
                text = text.stripLeading();
            }
        }
        if (globals instanceof PDict g && g.get("__builtins__") == null) {
            // As CPython: a globals dict without __builtins__ gets the builtins module.
            g.put("__builtins__", PythonContext.get().getBuiltins());
        }
        PModule module = globals == PNone.NONE ? CallerFrames.module() : new PModule((PDict) globals);
        PDict namespace;
        if (locals != PNone.NONE) {
            namespace = (PDict) locals;
        } else if (globals == PNone.NONE) {
            namespace = CallerFrames.locals();
        } else {
            namespace = module.toDict();
        }
        boolean separateLocals = namespace != module.toDict();
        Stmt.Module tree = parse(text, filename, parseAsEval);
        MiniPyLanguage language = PythonContext.get().getLanguage();
        Source src = Source.newBuilder(MiniPyLanguage.ID, text, filename).build();
        PythonCode code;
        try {
            code = CodeGenerator.compile(language, src, tree, single ? ModuleLoader.DISPLAY_HOOK : null, separateLocals);
        } catch (PythonSyntaxError e) {
            throw ModuleLoader.toPythonException(e); // a construct the code generator refuses ('async def')
        }
        PFunction body = new PFunction(code, module, null, null, new PCell[0]);
        Object result = separateLocals ? code.getCallTarget().call(body, namespace) : code.getCallTarget().call(body);
        return isEval && parseAsEval ? result : PNone.NONE;
    }
}
