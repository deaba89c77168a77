package org.minipy.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.oracle.truffle.api.bytecode.BytecodeLocal;

import org.minipy.ast.Expr;
import org.minipy.ast.Loc;
import org.minipy.ast.Operator;
import org.minipy.bytecode.MiniPyRootNodeGen;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PSingleton;

/**
 * The expression half of the bytecode compiler, and the per-function state both halves share: the scope being
 * compiled, its frame locals, and how a name is read, written or deleted (local slot, cell, global, class
 * namespace). {@link CodeGenerator} adds statements and the compilation of nested functions and classes.
 *
 * <p>Every expression leaves exactly one value: the Bytecode DSL's operations nest like the AST, so compiling an
 * expression is a recursive walk that opens an operation, compiles its operands and closes it.
 */
abstract class ExpressionGenerator {
    final CompilationUnit unit;
    final MiniPyRootNodeGen.Builder b;
    final Scope scope;
    final String qualname;
    /** Frame slots of the function's locals, and of the cells it owns or captured (holding {@code PCell}s). */
    final Map<String, BytecodeLocal> locals = new HashMap<>();

    ExpressionGenerator(CompilationUnit unit, Scope scope, String qualname) {
        this.unit = unit;
        this.b = unit.b;
        this.scope = scope;
        this.qualname = qualname;
        this.handlerState = new HandlerState(b);
    }

    /** Compiles a function-like child scope and returns the code that {@code MakeFunction} turns into a function. */
    abstract org.minipy.runtime.PythonCode compileChild(Scope child, String name, Loc loc, Expr.Arguments args,
                    Consumer<CodeGenerator> body, boolean coroutine);

    // ---- source positions --------------------------------------------------------------------

    void beginSection(Loc loc) {
        int start = unit.offsets.start(loc);
        int end = Math.max(start, unit.offsets.end(loc));
        b.beginSourceSection(start, end - start);
    }

    void endSection() {
        b.endSourceSection();
    }

    /** A construct MiniPy does not run yet: a SyntaxError that names it, reported before anything runs. */
    org.minipy.parser.PythonSyntaxError refuse(Loc loc, String what) {
        int line = Math.max(loc.line(), 1);
        String text = line <= unit.source.getLineCount() ? unit.source.getCharacters(line).toString() : "";
        return new org.minipy.parser.PythonSyntaxError(org.minipy.parser.PythonSyntaxError.SYNTAX_ERROR,
                        "MiniPy does not support " + what + " yet", unit.filename, line, loc.col() + 1, 0, text);
    }

    // ---- names -------------------------------------------------------------------------------

    BytecodeLocal local(String name) {
        BytecodeLocal l = locals.get(name);
        if (l == null) {
            l = b.createLocal(name, null);
            locals.put(name, l);
        }
        return l;
    }

    BytecodeLocal temp() {
        return b.createLocal();
    }

    /** The thread's handled exception around except blocks and yields (sys.exc_info()). */
    final HandlerState handlerState;

    /** A {@code yield} of what {@code value} emits; the resumption value is the result. */
    void yieldValue(Runnable value) {
        handlerState.yieldValue(value, this::temp);
    }

    void loadName(String id) {
        switch (scope.resolve(id)) {
            case GLOBAL -> b.emitLoadGlobal(id);
            case CLASS_NAME -> b.emitLoadClassName(id);
            case LOCAL -> {
                if (scope.accumulates(id)) {
                    b.beginLoadAccumulated(id);
                    b.emitLoadLocal(local(id));
                    b.endLoadAccumulated();
                } else if (scope.params.contains(id) && !scope.deleted.contains(id)) {
                    b.emitLoadLocal(local(id));
                } else {
                    b.beginCheckBound(id);
                    b.emitLoadLocal(local(id));
                    b.endCheckBound();
                }
            }
            case CELL, FREE -> {
                b.beginCellGet(id);
                b.emitLoadLocal(local(id));
                b.endCellGet();
            }
        }
    }

    /** Stores the value that {@code value} emits into the name. */
    void storeName(String id, Runnable value) {
        switch (scope.resolve(id)) {
            case GLOBAL -> {
                b.beginStoreGlobal(id);
                value.run();
                b.endStoreGlobal();
            }
            case CLASS_NAME -> {
                b.beginStoreClassName(id);
                value.run();
                b.endStoreClassName();
            }
            case LOCAL -> {
                b.beginStoreLocal(local(id));
                value.run();
                b.endStoreLocal();
            }
            case CELL, FREE -> {
                b.beginCellSet();
                b.emitLoadLocal(local(id));
                value.run();
                b.endCellSet();
            }
        }
    }

    void deleteName(String id) {
        switch (scope.resolve(id)) {
            case GLOBAL -> b.emitDeleteGlobal(id);
            case CLASS_NAME -> b.emitDeleteClassName(id);
            case LOCAL -> {
                b.beginBlock();
                b.beginReleaseDeleted();
                b.beginCheckBound(id);
                b.emitLoadLocal(local(id));
                b.endCheckBound();
                b.endReleaseDeleted();
                b.beginStoreLocal(local(id));
                b.emitLoadNull();
                b.endStoreLocal();
                b.endBlock();
            }
            case CELL, FREE -> {
                b.beginCellDelete(id);
                b.emitLoadLocal(local(id));
                b.endCellDelete();
            }
        }
    }

    /** Assigns the value {@code value} emits to an assignment target (name, attribute, subscript, or unpacking). */
    void assign(Expr target, Runnable value) {
        if (target instanceof Expr.Name n) {
            storeName(n.id(), value);
            return;
        }
        if (target instanceof Expr.Starred s) {
            assign(s.value(), value);
            return;
        }
        // A failed store or unpacking is marked under the target, as in CPython.
        beginSection(target.loc());
        switch (target) {
            case Expr.Attribute a -> {
                b.beginSetAttr(a.attr());
                expr(a.value());
                value.run();
                b.endSetAttr();
            }
            case Expr.Subscript s -> {
                b.beginSetItem();
                expr(s.value());
                expr(s.slice());
                value.run();
                b.endSetItem();
            }
            case Expr.TupleExpr t -> unpackInto(t.elts(), value);
            case Expr.ListExpr l -> unpackInto(l.elts(), value);
            default -> throw new IllegalStateException("not an assignment target: " + target);
        }
        endSection();
    }

    private void unpackInto(List<Expr> targets, Runnable value) {
        int star = -1;
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i) instanceof Expr.Starred) {
                star = i;
            }
        }
        b.beginBlock();
        BytecodeLocal values = temp();
        b.beginStoreLocal(values);
        b.beginUnpack(targets.size(), star);
        value.run();
        b.endUnpack();
        b.endStoreLocal();
        for (int i = 0; i < targets.size(); i++) {
            int index = i;
            assign(targets.get(i), () -> {
                b.beginArrayElement(index);
                b.emitLoadLocal(values);
                b.endArrayElement();
            });
        }
        b.endBlock();
    }

    // ---- expressions -------------------------------------------------------------------------

    void exprOrNone(Expr e) {
        if (e == null) {
            b.emitLoadConstant(PNone.NONE);
        } else {
            expr(e);
        }
    }

    /**
     * Emits an expression inside a source section of its own, so that a traceback names the line and columns of the
     * part that failed, as CPython 3.11 does (constants cannot fail and get none).
     */
    void expr(Expr e) {
        if (e instanceof Expr.Constant c) {
            b.emitLoadConstant(constant(c.value()));
            return;
        }
        if (e.loc().line() < 1) {
            exprInSection(e);
            return;
        }
        beginSection(e.loc());
        exprInSection(e);
        endSection();
    }

    private void exprInSection(Expr e) {
        switch (e) {
            case Expr.Constant c -> b.emitLoadConstant(constant(c.value()));
            case Expr.Name n -> loadName(n.id());
            case Expr.JoinedStr j -> joinedStr(j);
            case Expr.FormattedValue f -> formattedValue(f);
            case Expr.BinOp op -> binary(op);
            case Expr.UnaryOp u -> {
                b.beginUnary(u.op());
                expr(u.operand());
                b.endUnary();
            }
            case Expr.BoolOp bo -> {
                if (bo.isAnd()) {
                    b.beginBoolAnd();
                } else {
                    b.beginBoolOr();
                }
                bo.values().forEach(this::expr);
                if (bo.isAnd()) {
                    b.endBoolAnd();
                } else {
                    b.endBoolOr();
                }
            }
            case Expr.Compare c -> compare(c);
            case Expr.Call c -> call(c);
            case Expr.Attribute a -> {
                b.beginGetAttr(a.attr());
                expr(a.value());
                b.endGetAttr();
            }
            case Expr.Subscript s -> {
                b.beginGetItem();
                expr(s.value());
                expr(s.slice());
                b.endGetItem();
            }
            case Expr.Slice s -> {
                b.beginBuildSlice();
                exprOrNone(s.lower());
                exprOrNone(s.upper());
                exprOrNone(s.step());
                b.endBuildSlice();
            }
            case Expr.Starred s -> throw new IllegalStateException("starred expression outside a display or call");
            case Expr.ListExpr l -> sequenceDisplay(l.elts(), 'l');
            case Expr.TupleExpr t -> sequenceDisplay(t.elts(), 't');
            case Expr.SetExpr s -> sequenceDisplay(s.elts(), 's');
            case Expr.DictExpr d -> dictDisplay(d);
            case Expr.IfExp i -> {
                b.beginConditional();
                condition(i.test());
                expr(i.body());
                expr(i.orelse());
                b.endConditional();
            }
            case Expr.Lambda l -> {
                Scope child = scope.children.get(l);
                makeFunction(child, "<lambda>", l.loc(), l.args(), g -> {
                    b.beginReturn();
                    g.expr(l.body());
                    b.endReturn();
                }, false);
            }
            case Expr.NamedExpr n -> {
                b.beginBlock();
                BytecodeLocal value = temp();
                b.beginStoreLocal(value);
                expr(n.value());
                b.endStoreLocal();
                storeName(n.target().id(), () -> b.emitLoadLocal(value));
                b.emitLoadLocal(value);
                b.endBlock();
            }
            case Expr.ListComp c -> comprehension(e, "<listcomp>", c.generators(), c.elt(), null);
            case Expr.SetComp c -> comprehension(e, "<setcomp>", c.generators(), c.elt(), null);
            case Expr.GeneratorExp c -> comprehension(e, "<genexpr>", c.generators(), c.elt(), null);
            case Expr.DictComp c -> comprehension(e, "<dictcomp>", c.generators(), c.key(), c.value());
            case Expr.Yield y -> {
                b.beginResumeValue();
                yieldValue(() -> exprOrNone(y.value()));
                b.endResumeValue();
            }
            case Expr.YieldFrom y -> yieldFrom(y.value());
            case Expr.Await a -> {
                if (!unit.allowAsync) {
                    throw refuse(a.loc(), "'await'");
                }
                yieldFrom(a.value());
            }
        }
    }

    static Object constant(Object value) {
        if (value instanceof Expr.ConstantKind k) {
            return k == Expr.ConstantKind.NONE ? PNone.NONE : PSingleton.ELLIPSIS;
        } else if (value instanceof byte[] bytes) {
            return new PBytes(bytes);
        }
        return value;
    }

    /** A Python truth test as the boolean that If/While/Conditional need. */
    void condition(Expr test) {
        b.beginIsTrue();
        expr(test);
        b.endIsTrue();
    }

    private void joinedStr(Expr.JoinedStr j) {
        b.beginBuildString();
        for (Expr part : j.values()) {
            if (part instanceof Expr.Constant c) {
                b.emitLoadConstant(c.value());
            } else {
                expr(part);
            }
        }
        b.endBuildString();
    }

    private void formattedValue(Expr.FormattedValue f) {
        b.beginFormatValue(f.conversion());
        expr(f.value());
        exprOrNone(f.formatSpec());
        b.endFormatValue();
    }

    private void binary(Expr.BinOp op) {
        switch (op.op()) {
            case ADD -> b.beginAdd();
            case SUB -> b.beginSub();
            case MUL -> b.beginMul();
            case TRUEDIV -> b.beginTrueDiv();
            case FLOORDIV -> b.beginFloorDiv();
            case MOD -> b.beginMod();
            default -> b.beginOtherBinary(op.op());
        }
        expr(op.left());
        expr(op.right());
        switch (op.op()) {
            case ADD -> b.endAdd();
            case SUB -> b.endSub();
            case MUL -> b.endMul();
            case TRUEDIV -> b.endTrueDiv();
            case FLOORDIV -> b.endFloorDiv();
            case MOD -> b.endMod();
            default -> b.endOtherBinary();
        }
    }

    private void beginCompare(Operator.Compare op) {
        switch (op) {
            case LT -> b.beginLt();
            case LE -> b.beginLe();
            case GT -> b.beginGt();
            case GE -> b.beginGe();
            case EQ -> b.beginEq();
            case NE -> b.beginNe();
            default -> b.beginOtherCompare(op);
        }
    }

    private void endCompare(Operator.Compare op) {
        switch (op) {
            case LT -> b.endLt();
            case LE -> b.endLe();
            case GT -> b.endGt();
            case GE -> b.endGe();
            case EQ -> b.endEq();
            case NE -> b.endNe();
            default -> b.endOtherCompare();
        }
    }

    /** {@code a < b < c} is {@code a < b and b < c} with {@code b} evaluated once. */
    private void compare(Expr.Compare c) {
        int n = c.ops().size();
        if (n == 1) {
            beginCompare(c.ops().get(0));
            expr(c.left());
            expr(c.comparators().get(0));
            endCompare(c.ops().get(0));
            return;
        }
        b.beginBlock();
        BytecodeLocal[] middle = new BytecodeLocal[n - 1];
        for (int i = 0; i < n - 1; i++) {
            middle[i] = temp();
        }
        b.beginBoolAnd();
        for (int i = 0; i < n; i++) {
            beginCompare(c.ops().get(i));
            if (i == 0) {
                expr(c.left());
            } else {
                b.emitLoadLocal(middle[i - 1]);
            }
            if (i < n - 1) {
                b.beginBlock();
                b.beginStoreLocal(middle[i]);
                expr(c.comparators().get(i));
                b.endStoreLocal();
                b.emitLoadLocal(middle[i]);
                b.endBlock();
            } else {
                expr(c.comparators().get(i));
            }
            endCompare(c.ops().get(i));
        }
        b.endBoolAnd();
        b.endBlock();
    }

    /**
     * Whether CPython's compiler sees these expressions as constants (after its constant folding of signs, tuples
     * and integer arithmetic), which decides how it builds a set display of them (see BuildConstantSet).
     */
    private static boolean allConstants(List<Expr> elts) {
        for (Expr e : elts) {
            if (!isConstant(e)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isConstant(Expr e) {
        return switch (e) {
            case Expr.Constant c -> true;
            case Expr.UnaryOp u -> u.op() != org.minipy.ast.Operator.Unary.NOT && (u.operand() instanceof Expr.Constant c
                            && (c.value() instanceof Number || c.value() instanceof Boolean) || ConstantFolding.folds(u));
            case Expr.BinOp b -> ConstantFolding.folds(b);
            case Expr.TupleExpr t -> allConstants(t.elts());
            default -> false;
        };
    }

    private static boolean hasStarred(List<Expr> elts) {
        for (Expr e : elts) {
            if (e instanceof Expr.Starred) {
                return true;
            }
        }
        return false;
    }

    /** List, tuple and set displays; with {@code *x} items they are built up one piece at a time. */
    private void sequenceDisplay(List<Expr> elts, char kind) {
        sequenceDisplay(elts, kind, null);
    }

    /** @param callee the local holding the function when this is a call's positional arguments (for its errors) */
    private void sequenceDisplay(List<Expr> elts, char kind, BytecodeLocal callee) {
        if (kind == 's' && elts.size() > 2 && allConstants(elts)) {
            b.beginBuildConstantSet();
            elts.forEach(this::expr);
            b.endBuildConstantSet();
            return;
        }
        if (!hasStarred(elts)) {
            switch (kind) {
                case 'l' -> b.beginBuildList();
                case 't' -> b.beginBuildTuple();
                default -> b.beginBuildSet();
            }
            elts.forEach(this::expr);
            switch (kind) {
                case 'l' -> b.endBuildList();
                case 't' -> b.endBuildTuple();
                default -> b.endBuildSet();
            }
            return;
        }
        b.beginBlock();
        BytecodeLocal acc = temp();
        b.beginStoreLocal(acc);
        if (kind == 's') {
            b.beginBuildSet();
            b.endBuildSet();
        } else {
            b.beginBuildList();
            b.endBuildList();
        }
        b.endStoreLocal();
        for (Expr e : elts) {
            if (e instanceof Expr.Starred s && callee != null && elts.size() == 1) {
                // f(*x) alone hands x to the call (its error names f); f(a, *x) builds a list first, as in CPython
                b.beginCallArgsExtend();
                b.emitLoadLocal(acc);
                expr(s.value());
                b.emitLoadLocal(callee);
                b.endCallArgsExtend();
            } else if (e instanceof Expr.Starred s) {
                if (kind == 's') {
                    b.beginSetUpdate();
                } else {
                    b.beginListExtend();
                }
                b.emitLoadLocal(acc);
                expr(s.value());
                if (kind == 's') {
                    b.endSetUpdate();
                } else {
                    b.endListExtend();
                }
            } else {
                if (kind == 's') {
                    b.beginSetAdd();
                } else {
                    b.beginListAppend();
                }
                b.emitLoadLocal(acc);
                expr(e);
                if (kind == 's') {
                    b.endSetAdd();
                } else {
                    b.endListAppend();
                }
            }
        }
        if (kind == 't') {
            b.beginListToTuple();
            b.emitLoadLocal(acc);
            b.endListToTuple();
        } else {
            b.emitLoadLocal(acc);
        }
        b.endBlock();
    }

    private void dictDisplay(Expr.DictExpr d) {
        if (d.keys().stream().noneMatch(java.util.Objects::isNull)) {
            b.beginBuildDict();
            for (int i = 0; i < d.keys().size(); i++) {
                expr(d.keys().get(i));
                expr(d.values().get(i));
            }
            b.endBuildDict();
            return;
        }
        b.beginBlock();
        BytecodeLocal acc = temp();
        b.beginStoreLocal(acc);
        b.beginBuildDict();
        b.endBuildDict();
        b.endStoreLocal();
        for (int i = 0; i < d.keys().size(); i++) {
            if (d.keys().get(i) == null) {
                b.beginDictUpdate();
                b.emitLoadLocal(acc);
                expr(d.values().get(i));
                b.endDictUpdate();
            } else {
                b.beginDictSet();
                b.emitLoadLocal(acc);
                expr(d.keys().get(i));
                expr(d.values().get(i));
                b.endDictSet();
            }
        }
        b.emitLoadLocal(acc);
        b.endBlock();
    }

    // ---- calls -------------------------------------------------------------------------------

    private void call(Expr.Call c) {
        boolean starred = hasStarred(c.args());
        boolean doubleStarred = false;
        for (Expr.Keyword k : c.keywords()) {
            doubleStarred |= k.name() == null;
        }
        if (starred || doubleStarred) {
            b.beginBlock();
            BytecodeLocal callee = temp();
            b.beginStoreLocal(callee);
            expr(c.func());
            b.endStoreLocal();
            b.beginCallEx();
            b.emitLoadLocal(callee);
            sequenceDisplay(c.args(), 't', callee);
            if (c.keywords().isEmpty()) {
                b.emitLoadConstant(PNone.NONE);
            } else {
                keywordDict(c.keywords(), callee);
            }
            b.endCallEx();
            b.endBlock();
            return;
        }
        if (isZeroArgumentSuper(c)) {
            b.beginSuper("super");
            b.emitLoadLocal(local("__class__"));
            loadName(firstParameter());
            b.endSuper();
            return;
        }
        if (isSuperOutsideClass(c)) {
            // a function with arguments but outside a class body: CPython finds no __class__ cell
            b.beginSuper("super");
            b.emitLoadConstant(PNone.NONE);
            loadName(firstParameter());
            b.endSuper();
            return;
        }
        if (!c.keywords().isEmpty()) {
            String[] names = new String[c.keywords().size()];
            for (int i = 0; i < names.length; i++) {
                names[i] = c.keywords().get(i).name();
            }
            b.beginCallKw(names);
            expr(c.func());
            c.args().forEach(this::expr);
            for (Expr.Keyword k : c.keywords()) {
                expr(k.value());
            }
            b.endCallKw();
        } else if (c.func() instanceof Expr.Attribute a) {
            // Inside the call's section, the attribute's: a failed lookup is marked under obj.name (Tracebacks).
            beginSection(a.loc());
            b.beginCallMethod(a.attr());
            if (ArgumentEffects.mayRunCode(c.args())) {
                b.beginProbeMethod(a.attr());
                expr(a.value());
                b.endProbeMethod();
            } else {
                expr(a.value());
            }
            c.args().forEach(this::expr);
            b.endCallMethod();
            endSection();
        } else {
            b.beginCall();
            expr(c.func());
            c.args().forEach(this::expr);
            b.endCall();
        }
    }

    /**
     * The keyword dict of a call with {@code **mapping}: every keyword goes through {@code KeywordsUpdate}, which
     * rejects a name given twice with CPython's message naming the callee.
     */
    private void keywordDict(List<Expr.Keyword> keywords, BytecodeLocal callee) {
        b.beginBlock();
        BytecodeLocal kw = temp();
        b.beginStoreLocal(kw);
        b.beginBuildDict();
        b.endBuildDict();
        b.endStoreLocal();
        for (Expr.Keyword k : keywords) {
            b.beginKeywordsUpdate();
            b.emitLoadLocal(kw);
            if (k.name() == null) {
                expr(k.value());
            } else {
                b.beginBuildDict();
                b.emitLoadConstant(k.name());
                expr(k.value());
                b.endBuildDict();
            }
            b.emitLoadLocal(callee);
            b.endKeywordsUpdate();
        }
        b.emitLoadLocal(kw);
        b.endBlock();
    }

    private boolean isZeroArgumentSuper(Expr.Call c) {
        return c.func() instanceof Expr.Name n && n.id().equals("super") && c.args().isEmpty() && c.keywords().isEmpty() &&
                        scope.resolve("super") == Scope.NameKind.GLOBAL && scope.freeVars.contains("__class__") &&
                        firstParameter() != null;
    }

    private boolean isSuperOutsideClass(Expr.Call c) {
        return c.func() instanceof Expr.Name n && n.id().equals("super") && c.args().isEmpty() && c.keywords().isEmpty() &&
                        scope.resolve("super") == Scope.NameKind.GLOBAL && !scope.freeVars.contains("__class__") &&
                        firstParameter() != null;
    }

    private String firstParameter() {
        return scope.params.isEmpty() ? null : scope.params.iterator().next();
    }

    // ---- functions, comprehensions, generators ----------------------------------------------

    /** Emits {@code MakeFunction}: evaluates defaults here, compiles the body as a new root, passes closure cells;
     *  answers the new code object. */
    org.minipy.runtime.PythonCode makeFunction(Scope child, String name, Loc loc, Expr.Arguments args, Consumer<CodeGenerator> body,
                    boolean coroutine) {
        org.minipy.runtime.PythonCode code = compileChild(child, name, loc, args, body, coroutine);
        b.beginMakeFunction(code);
        if (args.defaults().isEmpty()) {
            b.emitLoadConstant(PNone.NONE);
        } else {
            b.beginBuildTuple();
            args.defaults().forEach(this::expr);
            b.endBuildTuple();
        }
        boolean anyKwDefault = false;
        for (Expr d : args.kwDefaults()) {
            anyKwDefault |= d != null;
        }
        if (!anyKwDefault) {
            b.emitLoadConstant(PNone.NONE);
        } else {
            b.beginBuildTuple();
            for (Expr d : args.kwDefaults()) {
                if (d == null) {
                    b.emitLoadNull();
                } else {
                    expr(d);
                }
            }
            b.endBuildTuple();
        }
        closureCells(child);
        b.endMakeFunction();
        return code;
    }

    /** The cells a child scope captures, in the order of its free variables. */
    void closureCells(Scope child) {
        for (String free : child.freeVars) {
            b.emitLoadLocal(local(free));
        }
    }

    /**
     * Whether a for loop over this expression can hold the only reference to a generator (see
     * {@code bytecode/LoopIterators}): not over a display, a constant or {@code range(...)}, the common loops that
     * need none of it.
     */
    static boolean mayOwnGenerator(Expr iter) {
        return switch (iter) {
            case Expr.Call c -> !(c.func() instanceof Expr.Name n && n.id().equals("range"));
            case Expr.ListExpr l -> false;
            case Expr.TupleExpr t -> false;
            case Expr.SetExpr t -> false;
            case Expr.DictExpr t -> false;
            case Expr.ListComp t -> false;
            case Expr.SetComp t -> false;
            case Expr.DictComp t -> false;
            case Expr.Constant k -> false;
            case Expr.JoinedStr k -> false;
            default -> true;
        };
    }

    /** Emits {@code iter(iterable)} for a loop over it, marking a generator the loop owns (see LoopIterators). */
    void loopIterator(Expr iterable) {
        if (iterable instanceof Expr.SetExpr set && allConstants(set.elts())) {
            // CPython iterates a frozenset constant made of the display, in that constant's order
            b.beginGetIter();
            b.beginBuildFrozenConstant();
            set.elts().forEach(this::expr);
            b.endBuildFrozenConstant();
            b.endGetIter();
            return;
        }
        if (!mayOwnGenerator(iterable)) {
            b.beginGetIter();
            expr(iterable);
            b.endGetIter();
            return;
        }
        b.beginBlock();
        BytecodeLocal value = temp();
        b.beginStoreLocal(value);
        expr(iterable);
        b.endStoreLocal();
        b.beginAdoptLoopIterator(iterable instanceof Expr.Call || iterable instanceof Expr.GeneratorExp);
        b.emitLoadLocal(value);
        b.beginGetIter();
        b.emitLoadLocal(value);
        b.endGetIter();
        b.endAdoptLoopIterator();
        b.endBlock();
    }

    /** Starts the part of a loop over {@code iterable} after which an owned generator in {@code iterator} is closed. */
    void beginLoopRelease(Expr iterable, BytecodeLocal iterator) {
        if (mayOwnGenerator(iterable)) {
            b.beginTryFinally(() -> {
                b.beginReleaseLoopIterator();
                b.emitLoadLocal(iterator);
                b.endReleaseLoopIterator();
            });
        }
    }

    void endLoopRelease(Expr iterable) {
        if (mayOwnGenerator(iterable)) {
            b.endTryFinally();
        }
    }

    /**
     * A comprehension is a nested function called at once with the iterator of its first {@code for} clause; a
     * generator expression returns the generator that call makes.
     */
    private void comprehension(Expr node, String name, List<Expr.Comprehension> gens, Expr elt, Expr value) {
        Scope child = scope.children.get(node);
        Expr.Arguments args = new Expr.Arguments(List.of(), List.of(new Expr.Arg(node.loc(), ".0", null)), null,
                        List.of(), List.of(), null, List.of());
        b.beginCall();
        makeFunction(child, name, node.loc(), args, g -> new ComprehensionBody(g, node, gens, elt, value).emit(), false);
        loopIterator(gens.get(0).iter());
        b.endCall();
    }

    /**
     * {@code yield from it}: forwards every value the inner iterator yields, and every value or
     * exception sent in, until the inner one returns; that return value is the expression's value.
     */
    private void yieldFrom(Expr iterable) {
        b.beginBlock();
        BytecodeLocal iterator = temp();
        BytecodeLocal sent = temp();
        BytecodeLocal result = temp();
        b.beginStoreLocal(iterator);
        b.beginGetIter();
        expr(iterable);
        b.endGetIter();
        b.endStoreLocal();
        b.beginStoreLocal(sent);
        b.emitLoadConstant(PNone.NONE);
        b.endStoreLocal();
        b.beginWhile();
        b.beginYieldFromStep(result);
        b.emitLoadLocal(iterator);
        b.emitLoadLocal(sent);
        b.endYieldFromStep();
        b.beginStoreLocal(sent);
        yieldValue(() -> b.emitLoadLocal(result));
        b.endStoreLocal();
        b.endWhile();
        b.emitLoadLocal(result);
        b.endBlock();
    }
}
