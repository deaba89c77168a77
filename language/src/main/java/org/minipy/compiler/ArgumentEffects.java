package org.minipy.compiler;

import java.util.List;

import org.minipy.ast.Expr;

/**
 * Whether a method call's arguments may run code whose effects show (a call, a yield, an await, a walrus, a
 * comprehension). Only then must {@code obj.m(args)} check that {@code m} exists before evaluating them, as CPython's
 * LOAD_METHOD does; operators and subscripts count as effect-free here so that {@code xs.append(i * 2)} stays one
 * operation.
 */
final class ArgumentEffects {
    private ArgumentEffects() {
    }

    static boolean mayRunCode(List<Expr> args) {
        for (Expr e : args) {
            if (mayRunCode(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayRunCode(Expr e) {
        return switch (e) {
            case null -> false;
            case Expr.Constant c -> false;
            case Expr.Name n -> false;
            case Expr.Lambda l -> false;
            case Expr.Attribute a -> mayRunCode(a.value());
            case Expr.Subscript s -> mayRunCode(s.value()) || mayRunCode(s.slice());
            case Expr.Slice s -> mayRunCode(s.lower()) || mayRunCode(s.upper()) || mayRunCode(s.step());
            case Expr.BinOp b -> mayRunCode(b.left()) || mayRunCode(b.right());
            case Expr.UnaryOp u -> mayRunCode(u.operand());
            case Expr.BoolOp b -> mayRunCode(b.values());
            case Expr.Compare c -> mayRunCode(c.left()) || mayRunCode(c.comparators());
            case Expr.IfExp i -> mayRunCode(i.test()) || mayRunCode(i.body()) || mayRunCode(i.orelse());
            case Expr.Starred s -> mayRunCode(s.value());
            case Expr.ListExpr l -> mayRunCode(l.elts());
            case Expr.TupleExpr t -> mayRunCode(t.elts());
            case Expr.SetExpr s -> mayRunCode(s.elts());
            case Expr.DictExpr d -> mayRunCode(d.values()) || d.keys().stream().anyMatch(ArgumentEffects::mayRunCode);
            case Expr.JoinedStr j -> mayRunCode(j.values());
            case Expr.FormattedValue f -> mayRunCode(f.value()) || mayRunCode(f.formatSpec());
            default -> true;
        };
    }
}
