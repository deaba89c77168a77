package org.minipy.compiler;

import java.util.List;

import com.oracle.truffle.api.bytecode.BytecodeLocal;

import org.minipy.ast.Expr;
import org.minipy.bytecode.MiniPyRootNodeGen;
import org.minipy.runtime.PNone;

/**
 * The body of a comprehension's function ({@code [elt for x in xs if c]}, set, dict and generator expressions), emitted
 * into the generator of that nested function: an accumulator (none for a generator expression, which yields), then
 * one loop per {@code for} clause with its {@code if} filters, innermost adding (or yielding) the element. The first
 * clause iterates the function's argument, the iterator its caller made in the enclosing scope.
 */
final class ComprehensionBody {
    private final ExpressionGenerator gen;
    private final MiniPyRootNodeGen.Builder b;
    private final Expr node;
    private final List<Expr.Comprehension> gens;
    private final Expr elt;
    private final Expr value;

    ComprehensionBody(ExpressionGenerator gen, Expr node, List<Expr.Comprehension> gens, Expr elt, Expr value) {
        this.gen = gen;
        this.b = gen.b;
        this.node = node;
        this.gens = gens;
        this.elt = elt;
        this.value = value;
    }

    void emit() {
        BytecodeLocal acc = null;
        if (!(node instanceof Expr.GeneratorExp)) {
            acc = gen.temp();
            b.beginStoreLocal(acc);
            switch (node) {
                case Expr.ListComp l -> {
                    b.beginBuildList();
                    b.endBuildList();
                }
                case Expr.SetComp s -> {
                    b.beginBuildSet();
                    b.endBuildSet();
                }
                default -> {
                    b.beginBuildDict();
                    b.endBuildDict();
                }
            }
            b.endStoreLocal();
        }
        loop(0, acc);
        b.beginReturn();
        if (acc == null) {
            b.emitLoadConstant(PNone.NONE);
        } else {
            b.emitLoadLocal(acc);
        }
        b.endReturn();
    }

    private void loop(int depth, BytecodeLocal acc) {
        if (depth == gens.size()) {
            switch (node) {
                case Expr.ListComp l -> {
                    b.beginListAppend();
                    b.emitLoadLocal(acc);
                    gen.expr(elt);
                    b.endListAppend();
                }
                case Expr.SetComp s -> {
                    b.beginSetAdd();
                    b.emitLoadLocal(acc);
                    gen.expr(elt);
                    b.endSetAdd();
                }
                case Expr.DictComp d -> {
                    b.beginDictSet();
                    b.emitLoadLocal(acc);
                    gen.expr(elt);
                    gen.expr(value);
                    b.endDictSet();
                }
                default -> {
                    b.beginResumeValue();
                    b.beginYield();
                    gen.expr(elt);
                    b.endYield();
                    b.endResumeValue();
                }
            }
            return;
        }
        Expr.Comprehension g = gens.get(depth);
        if (g.isAsync() && !gen.unit.allowAsync) {
            throw gen.refuse(node.loc(), "asynchronous comprehensions");
        }
        b.beginBlock();
        BytecodeLocal iterator = gen.temp();
        b.beginStoreLocal(iterator);
        if (depth == 0) {
            b.emitLoadArgument(org.minipy.runtime.PythonCode.ARG_FIRST_PARAMETER);
        } else {
            gen.loopIterator(g.iter());
        }
        b.endStoreLocal();
        BytecodeLocal item = gen.temp();
        // The first iterator is the comprehension's argument, so CPython drops it with the frame: when a generator
        // expression is closed, but only when the traceback goes for an exception (left alone here).
        boolean release = depth > 0 || node instanceof Expr.GeneratorExp;
        if (release) {
            gen.beginLoopRelease(g.iter(), iterator);
        }
        b.beginWhile();
        b.beginForIterNext(item);
        b.emitLoadLocal(iterator);
        b.endForIterNext();
        b.beginBlock();
        gen.assign(g.target(), () -> b.emitLoadLocal(item));
        for (Expr cond : g.ifs()) {
            b.beginIfThen();
            gen.condition(cond);
            b.beginBlock();
        }
        loop(depth + 1, acc);
        for (int i = 0; i < g.ifs().size(); i++) {
            b.endBlock();
            b.endIfThen();
        }
        b.endBlock();
        b.endWhile();
        if (release) {
            gen.endLoopRelease(g.iter());
        }
        b.endBlock();
    }
}
