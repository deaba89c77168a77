package org.minipy.compiler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

import com.oracle.truffle.api.bytecode.BytecodeConfig;
import com.oracle.truffle.api.bytecode.BytecodeLabel;
import com.oracle.truffle.api.bytecode.BytecodeLocal;
import com.oracle.truffle.api.source.Source;

import org.minipy.MiniPyLanguage;
import org.minipy.ast.Expr;
import org.minipy.ast.Loc;
import org.minipy.ast.Stmt;
import org.minipy.bytecode.MiniPyRootNode;
import org.minipy.bytecode.MiniPyRootNodeGen;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PythonCode;
import org.minipy.runtime.Signature;

/**
 * The bytecode compiler: turns a parsed module into Bytecode DSL root nodes, one per function body (the module
 * itself, each def, lambda, class body and comprehension), nested exactly as the source nests them. Scope analysis
 * ({@link ScopeAnalyzer}) has already decided where every name lives; this class decides the control flow.
 *
 * <p>How Python statements map onto the DSL's structured operations:
 * <ul>
 * <li>{@code while}/{@code for}: a DSL {@code While} whose body ends in the {@code continue} label; the
 * {@code break} label follows the loop's {@code else} block.
 * <li>{@code try/except/else}: {@code TryCatch}; the handlers test the caught exception one by one and re-raise it when
 * none matches. {@code finally}: {@code TryFinally}, whose handler the DSL emits on every way out.
 * <li>{@code with}: {@code TryCatchOtherwise} — {@code __exit__} with the exception on the catch path, with three
 * Nones on every other way out.
 * <li>Generators: the root starts with a {@code yield} that hands the suspended frame to the caller, which wraps it
 * in a generator object.
 * </ul>
 */
public final class CodeGenerator extends ExpressionGenerator {
    private record Loop(BytecodeLabel breakLabel, BytecodeLabel continueLabel) {
    }

    private final Deque<Loop> loops = new ArrayDeque<>();
    /** try/except/finally, with and raise. */
    private final HandlerStatements handlerStatements = new HandlerStatements(this);

    /** The docstring of the function being compiled, set while its body is emitted. */
    private String doc;

    /** In the REPL, a callable that shows the value of each top-level expression statement; otherwise null. */
    private Object displayHook;

    private CodeGenerator(CompilationUnit unit, Scope scope, String qualname) {
        super(unit, scope, qualname);
    }

    /**
     * Compiles a module's body into a code object whose call target runs it; the frame arguments are
     * {@code [PFunction]} with the module's globals.
     */
    public static PythonCode compileModule(MiniPyLanguage language, Source source, Stmt.Module module, Object displayHook) {
        return compile(language, source, module, displayHook, false);
    }

    /**
     * Compiles code for {@code exec}/{@code eval}. With {@code separateLocals}, top-level names live in a namespace
     * mapping passed as the code's one argument (like a class body), falling back to globals and builtins.
     */
    static PythonCode compile(MiniPyLanguage language, Source source, Stmt.Module module, Object displayHook,
                    boolean separateLocals) {
        String filename = source.getPath() != null && source.getName() == null ? source.getPath() : source.getName();
        Scope moduleScope;
        try {
            moduleScope = ScopeAnalyzer.analyze(module, separateLocals ? Scope.Kind.CLASS : Scope.Kind.MODULE);
        } catch (ScopeAnalyzer.ScopeError e) {
            int line = Math.max(e.loc.line(), 1);
            String text = line <= source.getLineCount() ? source.getCharacters(line).toString() : "";
            int end = e.loc.endLine() == e.loc.line() ? e.loc.endCol() + 1 : 0;
            throw new org.minipy.parser.PythonSyntaxError(org.minipy.parser.PythonSyntaxError.SYNTAX_ERROR, e.getMessage(), filename, line,
                            e.loc.col() + 1, end, text);
        }
        List<PythonCode> codes = new ArrayList<>();
        List<MiniPyRootNode> roots = new ArrayList<>();
        MiniPyRootNodeGen.create(language, BytecodeConfig.WITH_SOURCE, b -> {
            codes.clear();
            roots.clear();
            CompilationUnit unit = new CompilationUnit(b, source, filename, codes, roots);
            unit.postponedAnnotations = moduleScope.postponedAnnotations;
            b.beginSource(source);
            b.beginRoot();
            b.beginSourceSection(0, source.getLength());
            CodeGenerator g = new CodeGenerator(unit, moduleScope, "<module>");
            g.displayHook = displayHook;
            g.bodyPreamble(module.body());
            g.statements(module.body());
            g.returnNone();
            b.endSourceSection();
            MiniPyRootNode root = b.endRoot();
            b.endSource();
            Signature signature = separateLocals ? Signature.positional("<module>", PythonCode.NAMESPACE_PARAMETER)
                            : Signature.positional("<module>");
            unit.register(new PythonCode("<module>", "<module>", filename, 1, signature, false, false), root);
        });
        for (int i = 0; i < codes.size(); i++) {
            codes.get(i).setCallTarget(roots.get(i).getCallTarget());
        }
        return codes.get(codes.size() - 1);
    }

    @Override
    PythonCode compileChild(Scope child, String name, Loc loc, Expr.Arguments args, Consumer<CodeGenerator> body,
                    boolean coroutine) {
        // Top-level code run by exec with separate locals has a class-like scope but a module's qualified names.
        String childQualname = scope.kind == Scope.Kind.MODULE || scope.parent == null ? name
                        : scope.kind == Scope.Kind.CLASS ? qualname + "." + name : qualname + ".<locals>." + name;
        CodeGenerator g = new CodeGenerator(unit, child, childQualname);
        b.beginRoot();
        beginSection(loc);
        g.prologue();
        if (child.generator || coroutine) {
            // The first call stops here and returns the suspended frame: the generator object.
            b.beginYield();
            b.emitLoadConstant(PNone.NONE);
            b.endYield();
        }
        body.accept(g);
        g.returnNone();
        endSection();
        MiniPyRootNode root = b.endRoot();
        Signature signature = signatureOf(childQualname, args);
        PythonCode code = new PythonCode(name, childQualname, unit.filename, loc.line(), signature,
                        child.generator || coroutine, coroutine);
        code.setDoc(g.doc);
        code.setVarnames(varnames(child, signature));
        code.setClosureNames(child.freeVars.toArray(new String[0]), child.cells.stream().sorted().toArray(String[]::new));
        unit.register(code, root);
        return code;
    }

    /**
     * {@code co_varnames}: the parameters (positional, keyword-only, then {@code *args} and {@code **kwargs}: CPython's
     * order, not the slot order), then the locals that no inner function captures.
     */
    private static String[] varnames(Scope child, Signature signature) {
        String[] slots = signature.getNames();
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        for (int i = 0; i < signature.getPositionalCount(); i++) {
            names.add(slots[i]);
        }
        for (int i = 0; i < signature.getKwOnlyCount(); i++) {
            names.add(slots[signature.getKwOnlyStart() + i]);
        }
        if (signature.hasVarArgs()) {
            names.add(slots[signature.getVarArgsSlot()]);
        }
        if (signature.hasVarKeywords()) {
            names.add(slots[signature.getVarKeywordsSlot()]);
        }
        for (String name : child.assigned) {
            if (child.isLocal(name) && !child.cells.contains(name)) {
                names.add(name);
            }
        }
        return names.toArray(new String[0]);
    }

    private static Signature signatureOf(String name, Expr.Arguments a) {
        String[] names = a.inSlotOrder().stream().map(Expr.Arg::name).toArray(String[]::new);
        return new Signature(name, names, a.posonly().size(), a.posonly().size() + a.args().size(),
                        a.vararg() != null, a.kwonly().size(), a.kwarg() != null);
    }

    /**
     * Creates the frame locals of a function and fills them: parameters from the frame arguments (in a fresh cell
     * when an inner function captures them), empty cells for other captured locals, and this function's closure
     * cells. Class bodies only take their closure and, when methods use {@code super()}, a {@code __class__} cell.
     */
    private void prologue() {
        for (String name : scope.params) {
            local(name);
        }
        for (String name : scope.assigned) {
            if (scope.isLocal(name)) {
                local(name);
            }
        }
        for (String name : scope.freeVars) {
            local(name);
        }
        if (scope.kind == Scope.Kind.FUNCTION) {
            int index = PythonCode.ARG_FIRST_PARAMETER;
            for (String name : scope.params) {
                b.beginStoreLocal(local(name));
                if (scope.cells.contains(name)) {
                    b.beginMakeCell();
                    b.emitLoadArgument(index);
                    b.endMakeCell();
                } else {
                    b.emitLoadArgument(index);
                }
                b.endStoreLocal();
                index++;
            }
            for (String name : scope.cells) {
                if (!scope.params.contains(name)) {
                    b.beginStoreLocal(local(name));
                    b.emitEmptyCell();
                    b.endStoreLocal();
                }
            }
        }
        int closureIndex = 0;
        for (String name : scope.freeVars) {
            b.beginStoreLocal(local(name));
            b.emitLoadClosure(closureIndex++);
            b.endStoreLocal();
        }
        if (scope.kind == Scope.Kind.CLASS && scope.needsClassCell) {
            b.beginStoreLocal(local("__class__"));
            b.emitEmptyCell();
            b.endStoreLocal();
        }
    }

    private void returnNone() {
        b.beginReturn();
        if (scope.kind == Scope.Kind.CLASS && scope.needsClassCell) {
            b.emitLoadLocal(local("__class__"));
        } else {
            b.emitLoadConstant(PNone.NONE);
        }
        b.endReturn();
    }

    // ---- statements --------------------------------------------------------------------------

    void statements(List<Stmt> body) {
        for (Stmt s : body) {
            statement(s);
        }
    }

    void block(List<Stmt> body) {
        b.beginBlock();
        statements(body);
        b.endBlock();
    }

    private void statement(Stmt s) {
        if (s instanceof Stmt.Pass || s instanceof Stmt.Global || s instanceof Stmt.Nonlocal
                        || s instanceof Stmt.Assert && unit.optimize > 0) {
            return;
        }
        beginSection(s.loc());
        switch (s) {
            case Stmt.ExprStmt e -> {
                if (displayHook != null) {
                    b.beginCall();
                    b.emitLoadConstant(displayHook);
                    expr(e.value());
                    b.endCall();
                } else {
                    expr(e.value());
                }
            }
            case Stmt.Assign a -> assignment(a);
            case Stmt.AugAssign a -> augmentedAssignment(a);
            case Stmt.AnnAssign a -> {
                b.beginBlock();
                if (a.value() != null) {
                    assignment(new Stmt.Assign(a.loc(), List.of(a.target()), a.value()));
                }
                if (a.simple() && a.target() instanceof Expr.Name n && scope.kind != Scope.Kind.FUNCTION) {
                    b.beginSetItem();
                    loadName("__annotations__");
                    b.emitLoadConstant(n.id());
                    annotation(a.annotation());
                    b.endSetItem();
                }
                b.endBlock();
            }
            case Stmt.If i -> {
                if (i.orelse().isEmpty()) {
                    b.beginIfThen();
                    condition(i.test());
                    block(i.body());
                    b.endIfThen();
                } else {
                    b.beginIfThenElse();
                    condition(i.test());
                    block(i.body());
                    block(i.orelse());
                    b.endIfThenElse();
                }
            }
            case Stmt.While w -> whileLoop(w);
            case Stmt.For f -> forLoop(f);
            case Stmt.Break br -> b.emitBranch(loops.peek().breakLabel());
            case Stmt.Continue c -> b.emitBranch(loops.peek().continueLabel());
            case Stmt.Return r -> {
                b.beginReturn();
                exprOrNone(r.value());
                b.endReturn();
            }
            case Stmt.Delete d -> {
                b.beginBlock();
                d.targets().forEach(this::delete);
                b.endBlock();
            }
            case Stmt.FunctionDef f -> {
                if (f.isAsync() && !unit.allowAsync) {
                    throw refuse(f.loc(), "'async def'");
                }
                Scope child = scope.children.get(f);
                storeName(f.boundName(), () -> decorated(f.decorators(), () -> annotated(f, () -> makeFunction(child, f.name(), f.loc(),
                                f.args(), g -> {
                                    g.doc = unit.optimize > 1 ? null : docstring(f.body());
                                    g.statements(f.body());
                                }, f.isAsync()).setDefinition(f, unit.source))));
            }
            case Stmt.ClassDef c -> storeName(c.boundName(), () -> decorated(c.decorators(), () -> makeClass(c)));
            case Stmt.Raise r -> handlerStatements.raise(r);
            case Stmt.Try t -> handlerStatements.tryStatement(t);
            case Stmt.With w -> {
                if (w.isAsync() && !unit.allowAsync) {
                    throw refuse(w.loc(), "'async with'");
                }
                handlerStatements.withItems(w, 0);
            }
            case Stmt.Assert a -> {
                b.beginIfThen();
                b.beginNot();
                condition(a.test());
                b.endNot();
                // CPython marks the test, unless it is a constant (then the statement).
                boolean markTest = !(a.test() instanceof Expr.Constant);
                if (markTest) {
                    beginSection(a.test().loc());
                }
                b.beginAssertFail();
                exprOrNone(a.msg());
                b.endAssertFail();
                if (markTest) {
                    endSection();
                }
                b.endIfThen();
            }
            case Stmt.Import i -> importStatement(i);
            case Stmt.ImportFrom i -> importFrom(i);
            case Stmt.Global g -> throw new IllegalStateException();
            case Stmt.Nonlocal n -> throw new IllegalStateException();
            case Stmt.Pass p -> throw new IllegalStateException();
        }
        endSection();
    }

    private void assignment(Stmt.Assign a) {
        Expr.BinOp append = ScopeAnalyzer.selfAppend(a);
        if (append != null && append.left() instanceof Expr.Name n && scope.accumulates(n.id())) {
            storeName(n.id(), () -> {
                beginSection(append.loc());
                appendToLocal(n, false, append.right());
                endSection();
            });
            return;
        }
        if (a.targets().size() == 1 && !(a.targets().get(0) instanceof Expr.Attribute) &&
                        !(a.targets().get(0) instanceof Expr.Subscript)) {
            assign(a.targets().get(0), () -> expr(a.value()));
            return;
        }
        b.beginBlock();
        BytecodeLocal value = temp();
        b.beginStoreLocal(value);
        expr(a.value());
        b.endStoreLocal();
        for (Expr target : a.targets()) {
            assign(target, () -> b.emitLoadLocal(value));
        }
        b.endBlock();
    }

    /**
     * {@code s += piece} ({@code inPlace}) or {@code s = s + piece} on a local that may accumulate a string
     * (bytecode.StrAccumulation): the local is read as it is, accumulator or not; only AppendToLocal may see one.
     */
    private void appendToLocal(Expr.Name local, boolean inPlace, Expr piece) {
        b.beginAppendToLocal(inPlace);
        beginSection(local.loc());
        b.beginCheckBound(local.id());
        b.emitLoadLocal(local(local.id()));
        b.endCheckBound();
        endSection();
        expr(piece);
        b.endAppendToLocal();
    }

    /**
     * {@code x op= v}: the target's parts are evaluated once, then {@code __iop__} (or {@code __op__}) is stored. As
     * in CPython, a failed load or store of the target is marked under the target, a failed operation under the
     * whole statement (the statement's section around the InPlace).
     */
    private void augmentedAssignment(Stmt.AugAssign a) {
        switch (a.target()) {
            case Expr.Name n when a.op() == org.minipy.ast.Operator.Binary.ADD && scope.accumulates(n.id()) ->
                            storeName(n.id(), () -> appendToLocal(n, true, a.value()));
            case Expr.Name n -> storeName(n.id(), () -> {
                b.beginInPlace(a.op());
                beginSection(n.loc());
                loadName(n.id());
                endSection();
                expr(a.value());
                b.endInPlace();
            });
            case Expr.Attribute at -> {
                b.beginBlock();
                BytecodeLocal obj = temp();
                b.beginStoreLocal(obj);
                expr(at.value());
                b.endStoreLocal();
                beginSection(at.loc());
                b.beginSetAttr(at.attr());
                b.emitLoadLocal(obj);
                beginSection(a.loc());
                b.beginInPlace(a.op());
                beginSection(at.loc());
                b.beginGetAttr(at.attr());
                b.emitLoadLocal(obj);
                b.endGetAttr();
                endSection();
                expr(a.value());
                b.endInPlace();
                endSection();
                b.endSetAttr();
                endSection();
                b.endBlock();
            }
            case Expr.Subscript sub -> {
                b.beginBlock();
                BytecodeLocal obj = temp();
                BytecodeLocal key = temp();
                b.beginStoreLocal(obj);
                expr(sub.value());
                b.endStoreLocal();
                b.beginStoreLocal(key);
                expr(sub.slice());
                b.endStoreLocal();
                beginSection(sub.loc());
                b.beginSetItem();
                b.emitLoadLocal(obj);
                b.emitLoadLocal(key);
                beginSection(a.loc());
                b.beginInPlace(a.op());
                beginSection(sub.loc());
                b.beginGetItem();
                b.emitLoadLocal(obj);
                b.emitLoadLocal(key);
                b.endGetItem();
                endSection();
                expr(a.value());
                b.endInPlace();
                endSection();
                b.endSetItem();
                endSection();
                b.endBlock();
            }
            default -> throw new IllegalStateException("bad augmented assignment target");
        }
    }

    private void delete(Expr target) {
        if (target instanceof Expr.TupleExpr || target instanceof Expr.ListExpr) {
            deleteTargets(target);
            return;
        }
        beginSection(target.loc()); // a failed deletion is marked under its target
        deleteTargets(target);
        endSection();
    }

    private void deleteTargets(Expr target) {
        switch (target) {
            case Expr.Name n -> deleteName(n.id());
            case Expr.Attribute a -> {
                b.beginDelAttr(a.attr());
                expr(a.value());
                b.endDelAttr();
            }
            case Expr.Subscript s -> {
                b.beginDelItem();
                expr(s.value());
                expr(s.slice());
                b.endDelItem();
            }
            case Expr.TupleExpr t -> t.elts().forEach(this::delete);
            case Expr.ListExpr l -> l.elts().forEach(this::delete);
            default -> throw new IllegalStateException("bad del target");
        }
    }

    /** The docstring of a module, class or function body: a string literal as its first statement. */
    static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c &&
                        c.value() instanceof String doc) {
            return doc;
        }
        return null;
    }

    /**
     * What a module or class body does before its statements: binds {@code __doc__} and, when the body annotates
     * names, creates the {@code __annotations__} dict (CPython's SETUP_ANNOTATIONS).
     */
    private void bodyPreamble(List<Stmt> body) {
        String docstring = unit.optimize > 1 ? null : docstring(body);
        if (docstring != null) {
            storeName("__doc__", () -> b.emitLoadConstant(docstring == null ? PNone.NONE : docstring));
        }
        if (annotatesNames(body)) {
            storeName("__annotations__", () -> {
                b.beginBuildDict();
                b.endBuildDict();
            });
        }
    }

    private static boolean annotatesNames(List<Stmt> body) {
        for (Stmt s : body) {
            boolean found = switch (s) {
                case Stmt.AnnAssign a -> a.simple();
                case Stmt.If i -> annotatesNames(i.body()) || annotatesNames(i.orelse());
                case Stmt.For f -> annotatesNames(f.body()) || annotatesNames(f.orelse());
                case Stmt.While w -> annotatesNames(w.body()) || annotatesNames(w.orelse());
                case Stmt.With w -> annotatesNames(w.body());
                case Stmt.Try t -> annotatesNames(t.body()) || annotatesNames(t.orelse()) || annotatesNames(t.finalbody()) ||
                                t.handlers().stream().anyMatch(h -> annotatesNames(h.body()));
                default -> false;
            };
            if (found) {
                return true;
            }
        }
        return false;
    }

    /** A def with annotations: the function gets {@code __annotations__}, evaluated when the def runs. */
    private void annotated(Stmt.FunctionDef f, Runnable makeFunction) {
        Expr.Arguments a = f.args();
        List<Expr.Arg> annotatedArgs = a.inSlotOrder();
        annotatedArgs.removeIf(arg -> arg.annotation() == null);
        if (annotatedArgs.isEmpty() && f.returns() == null) {
            makeFunction.run();
            return;
        }
        b.beginBlock();
        BytecodeLocal function = temp();
        b.beginStoreLocal(function);
        makeFunction.run();
        b.endStoreLocal();
        b.beginSetAttr("__annotations__");
        b.emitLoadLocal(function);
        b.beginBuildDict();
        for (Expr.Arg arg : annotatedArgs) {
            b.emitLoadConstant(arg.name());
            annotation(arg.annotation());
        }
        if (f.returns() != null) {
            b.emitLoadConstant("return");
            annotation(f.returns());
        }
        b.endBuildDict();
        b.endSetAttr();
        b.emitLoadLocal(function);
        b.endBlock();
    }

    /** An annotation's value: evaluated, or under {@code from __future__ import annotations} its source text. */
    private void annotation(Expr annotation) {
        if (!unit.postponedAnnotations) {
            expr(annotation);
            return;
        }
        if (annotation instanceof Expr.Constant c && c.value() instanceof String quoted) {
            b.emitLoadConstant(org.minipy.runtime.Repr.repr(quoted)); // (CPython's text is ast.unparse's: a str's repr)
            return;
        }
        int start = unit.offsets.start(annotation.loc());
        String text = unit.source.getCharacters().subSequence(start, unit.offsets.end(annotation.loc())).toString();
        b.emitLoadConstant(text.contains("\n") ? text.replaceAll("\\s*\\n\\s*", " ") : text);
    }

    /** Decorators are evaluated top to bottom before the definition, then applied bottom to top. */
    private void decorated(List<Expr> decorators, Runnable definition) {
        for (Expr d : decorators) {
            beginSection(d.loc()); // a failing decorator is marked under its @ line, as in CPython
            b.beginCall();
            expr(d);
        }
        definition.run();
        for (int i = 0; i < decorators.size(); i++) {
            b.endCall();
            endSection();
        }
    }

    private void makeClass(Stmt.ClassDef c) {
        Scope child = scope.children.get(c);
        b.beginMakeClass(c.name());
        Expr.Arguments namespaceParameter = new Expr.Arguments(List.of(), List.of(new Expr.Arg(c.loc(), PythonCode.NAMESPACE_PARAMETER, null)),
                        null, List.of(), List.of(), null, List.of());
        makeFunction(child, c.name(), c.loc(), namespaceParameter, g -> {
            g.bodyPreamble(c.body());
            g.statements(c.body());
        }, false);
        expr(new Expr.TupleExpr(c.loc(), c.bases()));
        if (c.keywords().isEmpty()) {
            b.emitLoadConstant(PNone.NONE);
        } else {
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            for (Expr.Keyword k : c.keywords()) {
                keys.add(k.name() == null ? null : new Expr.Constant(k.loc(), k.name()));
                values.add(k.value());
            }
            expr(new Expr.DictExpr(c.loc(), keys, values));
        }
        b.endMakeClass();
    }

    // ---- loops -------------------------------------------------------------------------------

    private void whileLoop(Stmt.While w) {
        b.beginBlock();
        BytecodeLabel breakLabel = b.createLabel();
        b.beginWhile();
        condition(w.test());
        loopBody(breakLabel, w.body(), null);
        b.endWhile();
        statements(w.orelse());
        b.emitLabel(breakLabel);
        b.endBlock();
    }

    private void forLoop(Stmt.For f) {
        if (f.isAsync() && !unit.allowAsync) {
            throw refuse(f.loc(), "'async for'");
        }
        b.beginBlock();
        BytecodeLabel breakLabel = b.createLabel();
        BytecodeLocal iterator = temp();
        BytecodeLocal item = temp();
        b.beginStoreLocal(iterator);
        loopIterator(f.iter());
        b.endStoreLocal();
        beginLoopRelease(f.iter(), iterator);
        b.beginWhile();
        b.beginForIterNext(item);
        b.emitLoadLocal(iterator);
        b.endForIterNext();
        loopBody(breakLabel, f.body(), () -> assign(f.target(), () -> b.emitLoadLocal(item)));
        b.endWhile();
        endLoopRelease(f.iter());
        statements(f.orelse());
        b.emitLabel(breakLabel);
        b.endBlock();
    }

    private void loopBody(BytecodeLabel breakLabel, List<Stmt> body, Runnable first) {
        b.beginBlock();
        BytecodeLabel continueLabel = b.createLabel();
        if (first != null) {
            first.run();
        }
        loops.push(new Loop(breakLabel, continueLabel));
        statements(body);
        loops.pop();
        b.emitLabel(continueLabel);
        b.endBlock();
    }

    // ---- exceptions --------------------------------------------------------------------------

    // ---- imports -----------------------------------------------------------------------------

    private void importStatement(Stmt.Import i) {
        b.beginBlock();
        for (Stmt.Alias alias : i.names()) {
            if (alias.asname() != null) {
                storeName(alias.asname(), () -> b.emitImportName(alias.name()));
            } else if (alias.name().contains(".")) {
                b.emitImportName(alias.name());
                String top = alias.name().substring(0, alias.name().indexOf('.'));
                storeName(top, () -> b.emitImportName(top));
            } else {
                storeName(alias.name(), () -> b.emitImportName(alias.name()));
            }
        }
        b.endBlock();
    }

    private void importFrom(Stmt.ImportFrom i) {
        String module = ".".repeat(i.level()) + (i.module() == null ? "" : i.module());
        b.beginBlock();
        BytecodeLocal m = temp();
        b.beginStoreLocal(m);
        b.emitImportName(module);
        b.endStoreLocal();
        for (Stmt.Alias alias : i.names()) {
            if (alias.name().equals("*")) {
                b.beginImportStar();
                b.emitLoadLocal(m);
                b.endImportStar();
                continue;
            }
            storeName(alias.asname() != null ? alias.asname() : alias.name(), () -> {
                b.beginImportFrom(alias.name());
                b.emitLoadLocal(m);
                b.endImportFrom();
            });
        }
        b.endBlock();
    }
}
