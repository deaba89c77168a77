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
import org.minipy.runtime.PFunction;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PythonCode;
import org.minipy.runtime.PythonContext;
import org.minipy.runtime.TypeOf;

/**
 * {@code eval} and {@code exec}: compile a string at run time and run it in the caller's namespaces or in dicts the
 * caller passes. Code whose locals differ from its globals runs like a class body (locals mapping, then globals,
 * then builtins), which is CPython's {@code LOAD_NAME} rule.
 */
public final class DynamicCode {
    private DynamicCode() {
    }

    public static void install(PModule builtins) {
        builtins.setGlobal("eval", PBuiltinFunction.create("eval(source, globals=None, locals=None, /)", a -> run(true, a[0], a[1], a[2])));
        builtins.setGlobal("exec", PBuiltinFunction.create("exec(source, globals=None, locals=None, /)", a -> run(false, a[0], a[1], a[2])));
    }

    @TruffleBoundary
    private static Object run(boolean isEval, Object source, Object globals, Object locals) {
        String function = isEval ? "eval" : "exec";
        String text;
        if (source instanceof String s) {
            text = s;
        } else if (source instanceof PBytes b) {
            text = new String(b.getBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } else {
            throw Errors.typeError("%s() arg 1 must be a string, bytes or code object", function);
        }
        if (globals != PNone.NONE && !(globals instanceof PDict)) {
            throw isEval ? Errors.typeError("globals must be a dict")
                            : Errors.typeError("exec() globals must be a dict, not %s", TypeOf.nameOf(globals));
        }
        if (locals != PNone.NONE && !(locals instanceof PDict)) {
            throw isEval ? Errors.typeError("locals must be a mapping")
                            : Errors.typeError("locals must be a mapping or None, not %s", TypeOf.nameOf(locals));
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
        Stmt.Module tree;
        try {
            if (isEval) {
                Expr e = MiniPyParser.parseExpression(text.stripLeading(), "<string>");
                tree = new Stmt.Module(List.of(new Stmt.Return(e.loc(), e)));
            } else {
                tree = MiniPyParser.parse(text, "<string>");
            }
        } catch (PythonSyntaxError e) {
            throw ModuleLoader.toPythonException(e);
        }
        MiniPyLanguage language = PythonContext.get().getLanguage();
        Source src = Source.newBuilder(MiniPyLanguage.ID, isEval ? text.stripLeading() : text, "<string>").build();
        PythonCode code = CodeGenerator.compile(language, src, tree, null, separateLocals);
        PFunction body = new PFunction(code, module, null, null, new PCell[0]);
        Object result = separateLocals ? code.getCallTarget().call(body, namespace) : code.getCallTarget().call(body);
        return isEval ? result : PNone.NONE;
    }
}
