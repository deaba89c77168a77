package org.minipy.ast;

import java.util.List;

/**
 * Statement nodes of MiniPy's abstract syntax tree, shaped like CPython's {@code ast} module. A module is a list of
 * statements ({@link Module}); compound statements hold their bodies as lists.
 */
public sealed interface Stmt {
    Loc loc();

    record Module(List<Stmt> body) {
    }

    /** {@code boundName}: the name the definition is stored under, {@code name} mangled inside a class body. */
    record FunctionDef(Loc loc, String name, Expr.Arguments args, List<Stmt> body, List<Expr> decorators,
                    Expr returns, boolean isAsync, String boundName) implements Stmt {
    }

    /** {@code boundName}: the name the class is stored under, {@code name} mangled inside another class body. */
    record ClassDef(Loc loc, String name, List<Expr> bases, List<Expr.Keyword> keywords, List<Stmt> body,
                    List<Expr> decorators, String boundName) implements Stmt {
    }

    record Return(Loc loc, Expr value) implements Stmt {
    }

    record Delete(Loc loc, List<Expr> targets) implements Stmt {
    }

    /** {@code a = b = value}: one or more targets, each a Name, Attribute, Subscript, or Tuple/List (with Starred). */
    record Assign(Loc loc, List<Expr> targets, Expr value) implements Stmt {
    }

    record AugAssign(Loc loc, Expr target, Operator.Binary op, Expr value) implements Stmt {
    }

    /** {@code target: annotation [= value]}; simple is true for a bare name target. */
    record AnnAssign(Loc loc, Expr target, Expr annotation, Expr value, boolean simple) implements Stmt {
    }

    record For(Loc loc, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, boolean isAsync)
                    implements Stmt {
    }

    record While(Loc loc, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {
    }

    record If(Loc loc, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {
    }

    record With(Loc loc, List<WithItem> items, List<Stmt> body, boolean isAsync) implements Stmt {
    }

    record WithItem(Expr contextExpr, Expr optionalVars) {
    }

    record Raise(Loc loc, Expr exc, Expr cause) implements Stmt {
    }

    /** {@code star}: the handlers are {@code except*} clauses (PEP 654; CPython's TryStar node). */
    record Try(Loc loc, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody, boolean star)
                    implements Stmt {
    }

    /** {@code except type as name:}; type and name may be null. */
    record ExceptHandler(Loc loc, Expr type, String name, List<Stmt> body) {
    }

    record Assert(Loc loc, Expr test, Expr msg) implements Stmt {
    }

    /** {@code import a.b.c as d, e}. */
    record Import(Loc loc, List<Alias> names) implements Stmt {
    }

    /** {@code from module import names}; module may be null for {@code from . import x}; a name "*" imports all. */
    record ImportFrom(Loc loc, String module, List<Alias> names, int level) implements Stmt {
    }

    record Alias(String name, String asname) {
    }

    record Global(Loc loc, List<String> names) implements Stmt {
    }

    record Nonlocal(Loc loc, List<String> names) implements Stmt {
    }

    record ExprStmt(Loc loc, Expr value) implements Stmt {
    }

    record Pass(Loc loc) implements Stmt {
    }

    record Break(Loc loc) implements Stmt {
    }

    record Continue(Loc loc) implements Stmt {
    }
}
