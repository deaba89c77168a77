package org.minipy.parser;

import org.minipy.ast.Expr;
import org.minipy.ast.Loc;

/**
 * Checks that expressions used as assignment, for-loop, with, comprehension or del targets can be targets, and
 * raises CPython's messages when not ("cannot assign to literal", "cannot delete function call", ...). The grammar
 * parses targets as ordinary expressions, so this is where invalid targets are caught.
 */
final class TargetChecker {
    private final SourceText source;

    TargetChecker(SourceText source) {
        this.source = source;
    }

    /** A SyntaxError covering a node (CPython's offsets are 1-based). */
    PythonSyntaxError error(String message, Loc loc) {
        int end = loc.endLine() == loc.line() ? loc.endCol() + 1 : source.line(loc.line()).length() + 1;
        return source.syntaxError(message, loc.line(), loc.col() + 1, end);
    }

    /** A SyntaxError located just after a node (CPython's location for some argument-order errors). */
    PythonSyntaxError errorAfter(String message, Loc loc) {
        int column = loc.endCol() + 1;
        return source.syntaxError(message, loc.endLine(), column, column + 1);
    }

    /** What CPython calls an expression in these messages (its _PyPegen_get_expr_name). */
    static String describe(Expr expr) {
        return switch (expr) {
            case Expr.Attribute e -> "attribute";
            case Expr.Subscript e -> "subscript";
            case Expr.Starred e -> "starred";
            case Expr.Name e -> "name";
            case Expr.ListExpr e -> "list";
            case Expr.TupleExpr e -> "tuple";
            case Expr.Lambda e -> "lambda";
            case Expr.Call e -> "function call";
            case Expr.BoolOp e -> "expression";
            case Expr.BinOp e -> "expression";
            case Expr.UnaryOp e -> "expression";
            case Expr.GeneratorExp e -> "generator expression";
            case Expr.Yield e -> "yield expression";
            case Expr.YieldFrom e -> "yield expression";
            case Expr.Await e -> "await expression";
            case Expr.ListComp e -> "list comprehension";
            case Expr.SetComp e -> "set comprehension";
            case Expr.DictComp e -> "dict comprehension";
            case Expr.DictExpr e -> "dict literal";
            case Expr.SetExpr e -> "set display";
            case Expr.JoinedStr e -> "f-string expression";
            case Expr.FormattedValue e -> "f-string expression";
            case Expr.Compare e -> "comparison";
            case Expr.IfExp e -> "conditional expression";
            case Expr.NamedExpr e -> "named expression";
            case Expr.Slice e -> "slice";
            case Expr.Constant c -> describeConstant(c.value());
        };
    }

    private static String describeConstant(Object value) {
        if (value == Expr.ConstantKind.NONE) {
            return "None";
        } else if (value == Expr.ConstantKind.ELLIPSIS) {
            return "ellipsis";
        } else if (Boolean.TRUE.equals(value)) {
            return "True";
        } else if (Boolean.FALSE.equals(value)) {
            return "False";
        }
        return "literal";
    }

    /** A target of '=', for, with-as or a comprehension's for. */
    void checkStore(Expr target) {
        switch (target) {
            case Expr.Name n -> {
                checkNotDebug(n.id(), n.loc());
            }
            case Expr.Attribute a -> checkNotDebug(a.attr(), a.loc());
            case Expr.Subscript s -> {
            }
            case Expr.Starred s -> throw error("starred assignment target must be in a list or tuple", s.loc());
            case Expr.TupleExpr t -> checkSequence(t, t.elts());
            case Expr.ListExpr l -> checkSequence(l, l.elts());
            case Expr.Yield y -> throw error("assignment to yield expression not possible", y.loc());
            case Expr.YieldFrom y -> throw error("assignment to yield expression not possible", y.loc());
            default -> throw error("cannot assign to " + describe(target), target.loc());
        }
    }

    /**
     * The target of a plain {@code target = value} with a single target: for a non-sequence, CPython suggests that
     * '==' was meant.
     */
    void checkSingleAssignTarget(Expr target, boolean valueIsSimple) {
        boolean suggestEquality = valueIsSimple && !(target instanceof Expr.TupleExpr)
                        && !(target instanceof Expr.ListExpr) && !(target instanceof Expr.GeneratorExp)
                        && !(target instanceof Expr.Yield) && !(target instanceof Expr.YieldFrom)
                        && !(target instanceof Expr.Starred)
                        // CPython's suggestion is for operands of '|' and tighter only
                        && !(target instanceof Expr.Lambda) && !(target instanceof Expr.IfExp)
                        && !(target instanceof Expr.Compare) && !(target instanceof Expr.BoolOp)
                        && !(target instanceof Expr.UnaryOp u && u.op() == org.minipy.ast.Operator.Unary.NOT)
                        && !(target instanceof Expr.Constant c && (c.value() instanceof Boolean
                                        || c.value() == Expr.ConstantKind.NONE));
        if (suggestEquality && !(target instanceof Expr.Name || target instanceof Expr.Attribute
                        || target instanceof Expr.Subscript)) {
            throw error("cannot assign to " + describe(target) + " here. Maybe you meant '==' instead of '='?",
                            target.loc());
        }
        checkStore(target);
    }

    private void checkSequence(Expr sequence, java.util.List<Expr> elements) {
        boolean sawStar = false;
        for (Expr element : elements) {
            if (element instanceof Expr.Starred starred) {
                if (sawStar) {
                    throw error("multiple starred expressions in assignment", sequence.loc());
                }
                sawStar = true;
                checkStore(starred.value());
            } else {
                checkStore(element);
            }
        }
    }

    /** {@code __debug__} is a constant: no name, attribute, parameter or keyword argument may be bound to it. */
    void checkNotDebug(String name, Loc loc) {
        if (name.equals("__debug__")) {
            throw error("cannot assign to __debug__", loc);
        }
    }

    /** A target of an augmented assignment: a single name, attribute or subscript. */
    void checkAugmented(Expr target) {
        if (target instanceof Expr.Name) {
            checkStore(target);
        }
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
            throw error("'" + describe(target) + "' is an illegal expression for augmented assignment",
                            target.loc());
        }
    }

    /** A target of del. */
    void checkDelete(Expr target) {
        switch (target) {
            case Expr.Name n -> {
                if (n.id().equals("__debug__")) {
                    throw error("cannot delete __debug__", n.loc());
                }
            }
            case Expr.Attribute a -> {
            }
            case Expr.Subscript s -> {
            }
            case Expr.TupleExpr t -> t.elts().forEach(this::checkDelete);
            case Expr.ListExpr l -> l.elts().forEach(this::checkDelete);
            default -> throw error("cannot delete " + describe(target), target.loc());
        }
    }

    /** A value that must not be a bare starred expression ({@code x = *a}). */
    void checkNotStarred(Expr value) {
        if (value instanceof Expr.Starred) {
            throw error("can't use starred expression here", value.loc());
        }
    }
}
