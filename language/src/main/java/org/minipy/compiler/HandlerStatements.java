package org.minipy.compiler;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import com.oracle.truffle.api.bytecode.BytecodeLabel;
import com.oracle.truffle.api.bytecode.BytecodeLocal;

import org.minipy.ast.Stmt;
import org.minipy.bytecode.MiniPyRootNodeGen;
import org.minipy.runtime.PNone;

/**
 * The statements whose code is exception handlers — {@code try}/{@code except}/{@code else}/{@code finally},
 * {@code with} and {@code raise} — for one {@link CodeGenerator}. A {@code finally} block is emitted twice, once for
 * the ways out that carry no exception and once as a handler of the exception in flight; an except block makes its
 * exception the thread's handled one (what {@code sys.exc_info()} and a bare {@code raise} see) until it is left.
 */
final class HandlerStatements {
    private final CodeGenerator gen;
    private final MiniPyRootNodeGen.Builder b;
    /** Locals holding the exceptions being handled by the enclosing except blocks: what a bare {@code raise} raises. */
    private final Deque<BytecodeLocal> handled = new ArrayDeque<>();

    HandlerStatements(CodeGenerator gen) {
        this.gen = gen;
        this.b = gen.b;
    }

    void raise(Stmt.Raise r) {
        if (r.exc() == null) {
            b.beginReraise();
            if (handled.isEmpty()) {
                b.emitLoadNull();
            } else {
                b.emitLoadLocal(handled.peek());
            }
            b.endReraise();
            return;
        }
        b.beginRaise();
        gen.expr(r.exc());
        if (r.cause() == null) {
            b.emitLoadNull();
        } else {
            gen.expr(r.cause());
        }
        b.endRaise();
    }

    void tryStatement(Stmt.Try t) {
        if (t.finalbody().isEmpty()) {
            tryExcept(t);
            return;
        }
        // On the way out normally (or by return/break/continue) the finally block just runs; on the way out by an
        // exception it runs with that exception as the handled one (sys.exc_info(), a bare raise), and an exception
        // it raises gets the pending one as its __context__.
        b.beginTryCatchOtherwise(() -> {
            // The finally block runs outside the loops' and handlers' bookkeeping of the try body.
            gen.block(t.finalbody());
        });
        tryExcept(t);
        b.beginBlock();
        BytecodeLocal caught = gen.temp();
        BytecodeLocal previous = gen.temp();
        b.beginStoreLocal(caught);
        b.emitLoadException();
        b.endStoreLocal();
        beginHandlerScope(caught, previous);
        handled.push(caught); // a bare raise in the finally block re-raises the exception in flight
        gen.block(t.finalbody());
        handled.pop();
        endHandlerScope(caught);
        b.beginReraise();
        b.emitLoadLocal(caught);
        b.endReraise();
        b.endBlock();
        b.endTryCatchOtherwise();
    }

    void tryExcept(Stmt.Try t) {
        if (t.handlers().isEmpty()) {
            gen.block(t.body());
            return;
        }
        b.beginBlock();
        BytecodeLabel elseLabel = t.orelse().isEmpty() ? null : b.createLabel();
        BytecodeLabel endLabel = b.createLabel();
        BytecodeLocal caught = gen.temp();
        b.beginTryCatch();
        b.beginBlock();
        gen.statements(t.body());
        if (!t.orelse().isEmpty()) {
            b.emitBranch(elseLabel);
        }
        b.endBlock();
        b.beginBlock();
        b.beginStoreLocal(caught);
        b.emitLoadException();
        b.endStoreLocal();
        if (t.star()) {
            starHandlers(t.handlers(), caught);
        } else {
            handlers(t.handlers(), 0, caught);
        }
        b.endBlock();
        b.endTryCatch();
        if (!t.orelse().isEmpty()) {
            b.emitBranch(endLabel);
            b.emitLabel(elseLabel);
            gen.statements(t.orelse());
        }
        b.emitLabel(endLabel);
        b.endBlock();
    }

    /** Tests the handlers in order; the first whose type matches runs, and with none the exception goes on. */
    void handlers(List<Stmt.ExceptHandler> handlers, int index, BytecodeLocal caught) {
        if (index == handlers.size()) {
            b.beginReraise();
            b.emitLoadLocal(caught);
            b.endReraise();
            return;
        }
        Stmt.ExceptHandler h = handlers.get(index);
        if (h.type() == null) {
            handlerBody(h, caught);
            return;
        }
        b.beginBlock();
        // The clause's type, computed while the caught exception is already the one being handled (its context
        // for an error here, as in CPython).
        BytecodeLocal type = gen.temp();
        b.beginTryCatch();
        b.beginStoreLocal(type);
        gen.expr(h.type());
        b.endStoreLocal();
        b.beginRaiseWhileMatching();
        b.emitLoadException();
        b.emitLoadLocal(caught);
        b.endRaiseWhileMatching();
        b.endTryCatch();
        b.beginIfThenElse();
        gen.beginSection(h.loc()); // a bad except clause is reported at its line, as in CPython
        b.beginExceptionMatches();
        b.emitLoadLocal(caught);
        b.emitLoadLocal(type);
        b.endExceptionMatches();
        gen.endSection();
        b.beginBlock();
        handlerBody(h, caught);
        b.endBlock();
        b.beginBlock();
        handlers(handlers, index + 1, caught);
        b.endBlock();
        b.endIfThenElse();
        b.endBlock();
    }

    /**
     * except* clauses (bytecode/ExceptStarOperations): each takes its part of what is still unhandled, its handler runs
     * with that part, and what escapes the handlers is gathered; at the end whatever is left is raised.
     */
    private void starHandlers(List<Stmt.ExceptHandler> handlers, BytecodeLocal caught) {
        BytecodeLocal state = gen.temp();
        b.beginStoreLocal(state);
        b.beginExceptStarBegin();
        b.emitLoadLocal(caught);
        b.endExceptStarBegin();
        b.endStoreLocal();
        for (Stmt.ExceptHandler h : handlers) {
            b.beginBlock();
            BytecodeLocal type = gen.temp();
            BytecodeLocal match = gen.temp();
            // The clause's type and its check, with an error there chained to the caught exception.
            b.beginTryCatch();
            b.beginBlock();
            b.beginStoreLocal(type);
            gen.expr(h.type());
            b.endStoreLocal();
            b.beginStoreLocal(match);
            gen.beginSection(h.loc());
            b.beginExceptStarMatch();
            b.emitLoadLocal(state);
            b.emitLoadLocal(type);
            b.endExceptStarMatch();
            gen.endSection();
            b.endStoreLocal();
            b.endBlock();
            b.beginRaiseWhileMatching();
            b.emitLoadException();
            b.emitLoadLocal(caught);
            b.endRaiseWhileMatching();
            b.endTryCatch();
            b.beginIfThen();
            b.beginIsTrue();
            b.emitLoadLocal(match);
            b.endIsTrue();
            b.beginBlock();
            b.beginStoreLocal(match);
            b.beginExceptStarCurrent();
            b.emitLoadLocal(state);
            b.endExceptStarCurrent();
            b.endStoreLocal();
            b.beginTryCatch();
            b.beginBlock();
            handlerBody(h, match);
            b.endBlock();
            b.beginExceptStarRaised();
            b.emitLoadLocal(state);
            b.emitLoadException();
            b.endExceptStarRaised();
            b.endTryCatch();
            b.endBlock();
            b.endIfThen();
            b.endBlock();
        }
        b.beginExceptStarEnd();
        b.emitLoadLocal(state);
        b.endExceptStarEnd();
    }

    /**
     * An except block: binds the exception to its name (unbound again afterwards, as in CPython), and chains any
     * exception escaping the block to the one being handled.
     */
    void handlerBody(Stmt.ExceptHandler h, BytecodeLocal caught) {
        gen.beginSection(h.loc());
        handled.push(caught);
        // The thread's handled exception (sys.exc_info()) is this one until the block is left, however it is left.
        BytecodeLocal previous = gen.temp();
        b.beginBlock();
        beginHandlerScope(caught, previous);
        b.beginBlock();
        if (h.name() != null) {
            gen.storeName(h.name(), () -> {
                b.beginExceptionObject();
                b.emitLoadLocal(caught);
                b.endExceptionObject();
            });
            b.beginTryFinally(() -> {
                b.beginBlock();
                gen.storeName(h.name(), () -> b.emitLoadConstant(PNone.NONE));
                gen.deleteName(h.name());
                b.endBlock();
            });
            gen.block(h.body());
            b.endTryFinally();
        } else {
            gen.statements(h.body());
        }
        b.endBlock();
        endHandlerScope(caught);
        b.endBlock();
        handled.pop();
        gen.endSection();
    }

    /**
     * Opens the code that runs while {@code caught} is being handled (an except block, or a finally block with an
     * exception in flight): it is the thread's handled exception (sys.exc_info(), a bare raise) until the scope ends.
     */
    void beginHandlerScope(BytecodeLocal caught, BytecodeLocal previous) {
        gen.handlerState.begin(caught, previous);
        b.beginTryCatch();
    }

    /** Closes it: an exception escaping the scope gets {@code caught} as its __context__; the handled one is restored. */
    void endHandlerScope(BytecodeLocal caught) {
        b.beginChainAndReraise();
        b.emitLoadException();
        b.emitLoadLocal(caught);
        b.endChainAndReraise();
        b.endTryCatch();
        gen.handlerState.end();
    }

    /** {@code with a as x, b as y: body} is {@code with a as x: with b as y: body}. */
    void withItems(Stmt.With w, int index) {
        if (index == w.items().size()) {
            gen.statements(w.body());
            return;
        }
        Stmt.WithItem item = w.items().get(index);
        b.beginBlock();
        BytecodeLocal manager = gen.temp();
        BytecodeLocal entered = gen.temp();
        BytecodeLocal caught = gen.temp();
        b.beginStoreLocal(manager);
        gen.expr(item.contextExpr());
        b.endStoreLocal();
        b.beginStoreLocal(entered);
        b.beginWithEnter();
        b.emitLoadLocal(manager);
        b.endWithEnter();
        b.endStoreLocal();
        b.beginTryCatchOtherwise(() -> {
            b.beginWithExit();
            b.emitLoadLocal(manager);
            b.emitLoadNull();
            b.endWithExit();
        });
        b.beginBlock();
        if (item.optionalVars() != null) {
            gen.assign(item.optionalVars(), () -> b.emitLoadLocal(entered));
        }
        withItems(w, index + 1);
        b.endBlock();
        b.beginBlock();
        b.beginStoreLocal(caught);
        b.emitLoadException();
        b.endStoreLocal();
        b.beginIfThen();
        b.beginNot();
        b.beginWithExit();
        b.emitLoadLocal(manager);
        b.emitLoadLocal(caught);
        b.endWithExit();
        b.endNot();
        b.beginReraise();
        b.emitLoadLocal(caught);
        b.endReraise();
        b.endIfThen();
        b.endBlock();
        b.endTryCatchOtherwise();
        b.endBlock();
    }
}
