package org.minipy.parser;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.tree.TerminalNode;

import org.minipy.ast.Expr;
import org.minipy.ast.Loc;
import org.minipy.ast.Operator;
import org.minipy.ast.Stmt;
import org.minipy.parser.PythonParser.*;

/**
 * Turns the ANTLR parse tree into MiniPy's AST ({@link Stmt}, {@link Expr}); the second step of the front end after
 * the parser, before scope analysis and the bytecode compiler. This class builds statements; expressions are built
 * by {@link ExpressionBuilder}. Along the way it raises the syntax errors that CPython's parser and compiler find
 * after the grammar: invalid targets, 'return' outside a function, 'break' outside a loop and the like.
 */
public final class AstBuilder {
    private final SourceText source;
    private final TokenStream tokens;
    private final Locations locations;
    private final EnclosingScopes scopes;
    private final ExpressionBuilder expressions;
    private final TargetChecker targets;

    AstBuilder(SourceText source, TokenStream tokens) {
        this(source, tokens, new EnclosingScopes(EnclosingScopes.Kind.MODULE));
    }

    AstBuilder(SourceText source, TokenStream tokens, EnclosingScopes scopes) {
        this.source = source;
        this.tokens = tokens;
        this.locations = new Locations(tokens);
        this.scopes = scopes;
        this.expressions = new ExpressionBuilder(source, locations, scopes);
        this.targets = expressions.targets();
    }

    Stmt.Module module(File_inputContext context) {
        List<Stmt> body = new ArrayList<>();
        for (StmtContext statement : context.stmt()) {
            statement(statement, body);
        }
        return new Stmt.Module(body);
    }

    Expr evalInput(Eval_inputContext context) {
        return expressions.testlist(context.testlist());
    }

    private Loc loc(ParserRuleContext context) {
        return locations.of(context);
    }

    private static final String EXCEPT_STAR_EXIT = "'break', 'continue' and 'return' cannot appear in an except* block";

    // ---- Statements ----

    private void statement(StmtContext context, List<Stmt> out) {
        if (context.compound_stmt() != null) {
            out.add(compound(context.compound_stmt()));
        } else {
            for (Simple_stmtContext simple : context.simple_stmts().simple_stmt()) {
                out.add(simple(simple));
            }
        }
    }

    private List<Stmt> block(BlockContext context) {
        List<Stmt> body = new ArrayList<>();
        if (context.simple_stmts() != null) {
            for (Simple_stmtContext simple : context.simple_stmts().simple_stmt()) {
                body.add(simple(simple));
            }
        } else {
            for (StmtContext statement : context.stmt()) {
                statement(statement, body);
            }
        }
        return body;
    }

    private Stmt simple(Simple_stmtContext context) {
        ParserRuleContext inner = (ParserRuleContext) context.getChild(0);
        Loc loc = loc(inner);
        return switch (inner) {
            case Expr_stmtContext e -> exprStatement(e, loc);
            case Yield_exprContext y -> new Stmt.ExprStmt(loc, expressions.yieldExpr(y));
            case Del_stmtContext d -> delete(d, loc);
            case Pass_stmtContext p -> new Stmt.Pass(loc);
            case Break_stmtContext b -> {
                if (scopes.leavesExceptStar(true)) {
                    throw targets.error(EXCEPT_STAR_EXIT, loc);
                }
                if (!scopes.inLoop()) {
                    throw targets.error("'break' outside loop", loc);
                }
                yield new Stmt.Break(loc);
            }
            case Continue_stmtContext c -> {
                if (scopes.leavesExceptStar(true)) {
                    throw targets.error(EXCEPT_STAR_EXIT, loc);
                }
                if (!scopes.inLoop()) {
                    throw targets.error("'continue' not properly in loop", loc);
                }
                yield new Stmt.Continue(loc);
            }
            case Return_stmtContext r -> {
                if (!scopes.inFunction()) {
                    throw targets.error("'return' outside function", loc);
                }
                Expr value = r.testlist_star_expr() == null ? null : expressions.testlistStarExpr(r.testlist_star_expr());
                if (value != null) {
                    targets.checkNotStarred(value);
                }
                if (scopes.leavesExceptStar(false)) {
                    // CPython reports a constant return value at the constant
                    throw targets.error(EXCEPT_STAR_EXIT, value instanceof Expr.Constant ? value.loc() : loc);
                }
                yield new Stmt.Return(loc, value);
            }
            case Raise_stmtContext r -> new Stmt.Raise(loc, r.test().isEmpty() ? null : expressions.test(r.test(0)),
                            r.test().size() > 1 ? expressions.test(r.test(1)) : null);
            case Global_stmtContext g -> new Stmt.Global(loc, names(g.NAME()).stream().map(scopes::mangle).toList());
            case Nonlocal_stmtContext n -> {
                if (scopes.current() == EnclosingScopes.Kind.MODULE) {
                    throw targets.error("nonlocal declaration not allowed at module level", loc);
                }
                yield new Stmt.Nonlocal(loc, names(n.NAME()).stream().map(scopes::mangle).toList());
            }
            case Assert_stmtContext a -> new Stmt.Assert(loc, expressions.test(a.test(0)),
                            a.test().size() > 1 ? expressions.test(a.test(1)) : null);
            case Import_nameContext i -> new Stmt.Import(loc, i.dotted_as_name().stream()
                            .map(d -> new Stmt.Alias(d.dotted_name().getText(), asName(d.NAME(),
                                            d.dotted_name().getText().split("\\.")[0], loc)))
                            .toList());
            case Import_fromContext i -> importFrom(i, loc);
            default -> throw new IllegalStateException("statement " + inner.getText());
        };
    }

    private static List<String> names(List<TerminalNode> nodes) {
        return nodes.stream().map(TerminalNode::getText).toList();
    }

    private Stmt exprStatement(Expr_stmtContext context, Loc loc) {
        Testlist_star_exprContext targetList = context.testlist_star_expr();
        Expr first = expressions.testlistStarExpr(targetList);
        if (context.COLON() != null) {
            return annotatedAssignment(context, first, loc);
        }
        if (context.augassign() != null) {
            targets.checkAugmented(first);
            Expr value = expressions.assignedValue(context.assigned_value(0));
            targets.checkNotStarred(value);
            return new Stmt.AugAssign(loc, first, augmentedOperator(context.augassign().start), value);
        }
        List<Assigned_valueContext> values = context.assigned_value();
        if (values.isEmpty()) {
            targets.checkNotStarred(first);
            return new Stmt.ExprStmt(loc, first);
        }
        List<Expr> assignTargets = new ArrayList<>();
        assignTargets.add(first);
        for (int i = 0; i < values.size() - 1; i++) {
            assignTargets.add(expressions.assignedValue(values.get(i)));
        }
        if (assignTargets.size() == 1) {
            int valueStart = values.get(0).start.getType();
            boolean simpleValue = valueStart != PythonLexer.YIELD && valueStart != PythonLexer.LAMBDA
                            && valueStart != PythonLexer.NOT && valueStart != PythonLexer.STAR;
            targets.checkSingleAssignTarget(first, simpleValue);
        } else {
            assignTargets.forEach(targets::checkStore);
        }
        Expr value = expressions.assignedValue(values.get(values.size() - 1));
        targets.checkNotStarred(value);
        return new Stmt.Assign(loc, assignTargets, value);
    }

    private Stmt annotatedAssignment(Expr_stmtContext context, Expr target, Loc loc) {
        if (target instanceof Expr.TupleExpr tuple) {
            throw targets.error("only single target (not tuple) can be annotated",
                            tuple.elts().isEmpty() ? tuple.loc() : tuple.elts().get(0).loc());
        }
        if (target instanceof Expr.ListExpr) {
            throw targets.error("only single target (not list) can be annotated", target.loc());
        }
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
            throw targets.error("illegal target for annotation", target.loc());
        }
        if (target instanceof Expr.Name || target instanceof Expr.Attribute) {
            targets.checkStore(target);
        }
        Expr annotation = expressions.test(context.annotation);
        Expr value = context.assigned_value().isEmpty() ? null : expressions.assignedValue(context.assigned_value(0));
        if (value != null) {
            targets.checkNotStarred(value);
        }
        // (x): int is not "simple": the parentheses make it an expression, not a variable declaration.
        boolean simple = target instanceof Expr.Name && context.start.getType() != PythonLexer.LPAR;
        return new Stmt.AnnAssign(loc, target, annotation, value, simple);
    }

    private static Operator.Binary augmentedOperator(Token token) {
        return switch (token.getType()) {
            case PythonLexer.PLUSEQUAL -> Operator.Binary.ADD;
            case PythonLexer.MINEQUAL -> Operator.Binary.SUB;
            case PythonLexer.STAREQUAL -> Operator.Binary.MUL;
            case PythonLexer.ATEQUAL -> Operator.Binary.MATMUL;
            case PythonLexer.SLASHEQUAL -> Operator.Binary.TRUEDIV;
            case PythonLexer.PERCENTEQUAL -> Operator.Binary.MOD;
            case PythonLexer.AMPEREQUAL -> Operator.Binary.BITAND;
            case PythonLexer.VBAREQUAL -> Operator.Binary.BITOR;
            case PythonLexer.CIRCUMFLEXEQUAL -> Operator.Binary.BITXOR;
            case PythonLexer.LEFTSHIFTEQUAL -> Operator.Binary.LSHIFT;
            case PythonLexer.RIGHTSHIFTEQUAL -> Operator.Binary.RSHIFT;
            case PythonLexer.DOUBLESTAREQUAL -> Operator.Binary.POW;
            case PythonLexer.DOUBLESLASHEQUAL -> Operator.Binary.FLOORDIV;
            default -> throw new IllegalStateException("augmented assignment " + token.getText());
        };
    }

    private Stmt delete(Del_stmtContext context, Loc loc) {
        List<Expr> deleted = expressions.exprlistElements(context.exprlist());
        if (context.exprlist().COMMA().isEmpty() && deleted.size() == 1) {
            targets.checkDelete(deleted.get(0));
        } else {
            deleted.forEach(targets::checkDelete);
        }
        return new Stmt.Delete(loc, deleted);
    }

    private Stmt importFrom(Import_fromContext context, Loc loc) {
        int level = 0;
        for (int i = 1; i < context.getChildCount(); i++) {
            if (context.getChild(i) instanceof TerminalNode dot) {
                int type = dot.getSymbol().getType();
                if (type == PythonLexer.DOT) {
                    level++;
                } else if (type == PythonLexer.ELLIPSIS) {
                    level += 3;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        String module = context.dotted_name() == null ? null : context.dotted_name().getText();
        Import_targetsContext importTargets = context.import_targets();
        if (importTargets.trailing_comma != null) {
            Token after = tokens.get(importTargets.trailing_comma.getTokenIndex() + 1);
            int column = after.getCharPositionInLine() + 1;
            throw source.syntaxError("trailing comma not allowed without surrounding parentheses", after.getLine(),
                            column, column);
        }
        if (importTargets.STAR() != null && scopes.current() != EnclosingScopes.Kind.MODULE) {
            throw source.syntaxErrorAt("import * only allowed at module level", importTargets.STAR().getSymbol());
        }
        List<Stmt.Alias> names = importTargets.STAR() != null ? List.of(new Stmt.Alias("*", null))
                        : importTargets.import_as_name().stream()
                                        .map(n -> new Stmt.Alias(n.NAME(0).getText(), asName(n.NAME().size() > 1
                                                        ? n.NAME(1) : null, n.NAME(0).getText(), loc)))
                                        .toList();
        return new Stmt.ImportFrom(loc, module, names, level);
    }

    /** The {@code as} name of an import, or null; checks the name the import binds ({@code imported} without one). */
    private String asName(org.antlr.v4.runtime.tree.TerminalNode as, String imported, Loc loc) {
        targets.checkNotDebug(as != null ? as.getText() : imported, loc);
        return as == null ? null : as.getText();
    }

    // ---- Compound statements ----

    private Stmt compound(Compound_stmtContext context) {
        ParserRuleContext inner = (ParserRuleContext) context.getChild(0);
        return switch (inner) {
            case If_stmtContext s -> ifStatement(s);
            case While_stmtContext s -> whileStatement(s);
            case For_stmtContext s -> forStatement(s, false, loc(s));
            case Try_stmtContext s -> tryStatement(s);
            case With_stmtContext s -> withStatement(s, false, loc(s));
            case FuncdefContext s -> functionDef(s, false, List.of(), loc(s));
            case ClassdefContext s -> classDef(s, List.of());
            case DecoratedContext s -> decorated(s);
            case Async_stmtContext s -> asyncStatement(s);
            default -> throw new IllegalStateException("compound statement " + inner.getText());
        };
    }

    /** An if statement; each elif becomes an If nested in the else branch of the one before. */
    private Stmt ifStatement(If_stmtContext context) {
        List<Stmt> orelse = context.else_clause() == null ? List.of() : block(context.else_clause().block());
        List<Elif_clauseContext> elifs = context.elif_clause();
        for (int i = elifs.size() - 1; i >= 0; i--) {
            Elif_clauseContext elif = elifs.get(i);
            // An elif's If ends where the whole if statement ends once an else or a later elif follows.
            Loc loc = locations.span(elif.start, orelse.isEmpty() ? elif.stop : context.stop);
            Expr test = expressions.namedexprTest(elif.namedexpr_test());
            orelse = List.of(new Stmt.If(loc, test, block(elif.block()), orelse));
        }
        Expr test = expressions.namedexprTest(context.namedexpr_test());
        return new Stmt.If(loc(context), test, block(context.block()), orelse);
    }

    private Stmt whileStatement(While_stmtContext context) {
        Expr test = expressions.namedexprTest(context.namedexpr_test());
        List<Stmt> body = loopBody(context.block());
        List<Stmt> orelse = context.else_clause() == null ? List.of() : block(context.else_clause().block());
        return new Stmt.While(loc(context), test, body, orelse);
    }

    private List<Stmt> loopBody(BlockContext context) {
        scopes.enterLoop();
        try {
            return block(context);
        } finally {
            scopes.exitLoop();
        }
    }

    private Stmt forStatement(For_stmtContext context, boolean isAsync, Loc loc) {
        if (isAsync) {
            checkAsyncAllowed("'async for' outside async function", loc);
        }
        Expr target = expressions.exprlist(context.exprlist());
        targets.checkStore(target);
        Expr iterable = expressions.testlistStarExpr(context.testlist_star_expr());
        targets.checkNotStarred(iterable);
        List<Stmt> body = loopBody(context.block());
        List<Stmt> orelse = context.else_clause() == null ? List.of() : block(context.else_clause().block());
        return new Stmt.For(loc, target, iterable, body, orelse, isAsync);
    }

    private void checkAsyncAllowed(String message, Loc loc) {
        if (scopes.current() != EnclosingScopes.Kind.ASYNC_FUNCTION) {
            throw targets.error(message, loc);
        }
    }

    private Stmt tryStatement(Try_stmtContext context) {
        List<Stmt> body = block(context.block());
        List<Stmt.ExceptHandler> handlers = new ArrayList<>();
        List<Except_clauseContext> clauses = context.except_clause();
        boolean star = !clauses.isEmpty() && clauses.get(0).STAR() != null;
        for (int i = 0; i < clauses.size(); i++) {
            Except_clauseContext clause = clauses.get(i);
            Loc loc = loc(clause);
            if ((clause.STAR() != null) != star) {
                Token keyword = clause.STAR() != null ? clause.STAR().getSymbol() : clause.EXCEPT().getSymbol();
                throw targets.error("cannot have both 'except' and 'except*' on the same 'try'",
                                locations.span(clause.EXCEPT().getSymbol(), keyword));
            }
            if (clause.test() == null && i < clauses.size() - 1) {
                throw targets.error("default 'except:' must be last", loc);
            }
            Expr type = clause.test() == null ? null : expressions.test(clause.test());
            String name = clause.NAME() == null ? null : scopes.mangle(clause.NAME().getText());
            if (star) {
                scopes.enterExceptStar();
            }
            try {
                handlers.add(new Stmt.ExceptHandler(loc, type, name, block(clause.block())));
            } finally {
                if (star) {
                    scopes.exitExceptStar();
                }
            }
        }
        List<Stmt> orelse = context.else_clause() == null ? List.of() : block(context.else_clause().block());
        List<Stmt> finalbody = context.finally_clause() == null ? List.of()
                        : block(context.finally_clause().block());
        return new Stmt.Try(loc(context), body, handlers, orelse, finalbody, star);
    }

    private Stmt withStatement(With_stmtContext context, boolean isAsync, Loc loc) {
        if (isAsync) {
            checkAsyncAllowed("'async with' outside async function", loc);
        }
        List<Stmt.WithItem> items = new ArrayList<>();
        for (With_itemContext item : context.with_item()) {
            Expr contextExpr = expressions.test(item.test());
            Expr target = null;
            if (item.expr() != null) {
                target = expressions.expr(item.expr());
                targets.checkStore(target);
            }
            items.add(new Stmt.WithItem(contextExpr, target));
        }
        return new Stmt.With(loc, items, block(context.block()), isAsync);
    }

    private Stmt asyncStatement(Async_stmtContext context) {
        Loc loc = loc(context);
        if (context.funcdef() != null) {
            return functionDef(context.funcdef(), true, List.of(), loc);
        }
        if (context.with_stmt() != null) {
            return withStatement(context.with_stmt(), true, loc);
        }
        return forStatement(context.for_stmt(), true, loc);
    }

    private Stmt decorated(DecoratedContext context) {
        List<Expr> decorators = context.decorator().stream()
                        .map(d -> expressions.namedexprTest(d.namedexpr_test())).toList();
        if (context.classdef() != null) {
            return classDef(context.classdef(), decorators);
        }
        if (context.funcdef() != null) {
            return functionDef(context.funcdef(), false, decorators, loc(context.funcdef()));
        }
        Async_funcdefContext async = context.async_funcdef();
        return functionDef(async.funcdef(), true, decorators, loc(async));
    }

    private Stmt functionDef(FuncdefContext context, boolean isAsync, List<Expr> decorators, Loc loc) {
        Expr.Arguments arguments = context.typedargslist() == null ? Expr.Arguments.EMPTY
                        : new ParameterListBuilder(expressions, targets).functionParameters(context.typedargslist());
        Expr returns = context.test() == null ? null : expressions.test(context.test());
        String boundName = scopes.mangle(context.NAME().getText());
        scopes.enter(isAsync ? EnclosingScopes.Kind.ASYNC_FUNCTION : EnclosingScopes.Kind.FUNCTION);
        try {
            List<Stmt> body = block(context.block());
            return new Stmt.FunctionDef(loc, context.NAME().getText(), arguments, body, decorators, returns, isAsync, boundName);
        } finally {
            scopes.exit();
        }
    }

    private Stmt classDef(ClassdefContext context, List<Expr> decorators) {
        if (context.arglist() != null) {
            for (ArgumentContext argument : context.arglist().argument()) {
                if (argument instanceof PositionalArgumentContext p && p.comp_for() != null) {
                    // a call may take a bare generator expression, a class's bases may not
                    throw source.syntaxErrorAt("invalid syntax", p.comp_for().start);
                }
            }
        }
        CallBuilder.Arguments arguments = new CallBuilder(expressions, targets).arguments(context.arglist(), context);
        String boundName = scopes.mangle(context.NAME().getText());
        scopes.enterClass(context.NAME().getText());
        try {
            List<Stmt> body = block(context.block());
            return new Stmt.ClassDef(loc(context), context.NAME().getText(), arguments.args(), arguments.keywords(),
                            body, decorators, boundName);
        } finally {
            scopes.exit();
        }
    }
}
