package org.minipy.ast;

import java.util.List;

/**
 * Expression nodes of MiniPy's abstract syntax tree. The shapes follow CPython's {@code ast} module so that a reader
 * who knows {@code ast.dump} recognises them. The parser builds them; the scope analysis and the bytecode compiler read
 * them. Optional parts are {@code null}.
 */
public sealed interface Expr {
    Loc loc();

    /** A literal: Long, BigInteger, Double, String, Boolean, byte[] (bytes), {@link ConstantKind} for None/Ellipsis. */
    record Constant(Loc loc, Object value) implements Expr {
    }

    /** The value of a {@code None} or {@code ...} literal inside {@link Constant}. */
    enum ConstantKind {
        NONE, ELLIPSIS
    }

    record Name(Loc loc, String id) implements Expr {
    }

    /** An f-string: the concatenation of its parts, each a string Constant or a {@link FormattedValue}. */
    record JoinedStr(Loc loc, List<Expr> values) implements Expr {
    }

    /**
     * One {@code {value!conversion:spec}} part of an f-string. conversion is -1 (none), 's', 'r' or 'a'; formatSpec is
     * null or a JoinedStr (specs may nest replacement fields).
     */
    record FormattedValue(Loc loc, Expr value, int conversion, Expr formatSpec) implements Expr {
    }

    record BinOp(Loc loc, Expr left, Operator.Binary op, Expr right) implements Expr {
    }

    record UnaryOp(Loc loc, Operator.Unary op, Expr operand) implements Expr {
    }

    /** {@code a and b and c} (isAnd) or {@code a or b or c}; two or more values. */
    record BoolOp(Loc loc, boolean isAnd, List<Expr> values) implements Expr {
    }

    /** {@code a < b <= c}: ops.size() == comparators.size() >= 1. */
    record Compare(Loc loc, Expr left, List<Operator.Compare> ops, List<Expr> comparators) implements Expr {
    }

    /** A call. args may contain {@link Starred}; a keyword with a null name is {@code **mapping}. */
    record Call(Loc loc, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {
    }

    record Keyword(Loc loc, String name, Expr value) {
    }

    record Attribute(Loc loc, Expr value, String attr) implements Expr {
    }

    /** {@code value[slice]}; a tuple index {@code a[1, 2]} is a {@link TupleExpr} slice. */
    record Subscript(Loc loc, Expr value, Expr slice) implements Expr {
    }

    /** {@code lower:upper:step} inside a subscript; any part may be null. */
    record Slice(Loc loc, Expr lower, Expr upper, Expr step) implements Expr {
    }

    record Starred(Loc loc, Expr value) implements Expr {
    }

    record ListExpr(Loc loc, List<Expr> elts) implements Expr {
    }

    record TupleExpr(Loc loc, List<Expr> elts) implements Expr {
    }

    record SetExpr(Loc loc, List<Expr> elts) implements Expr {
    }

    /** A dict display; a null key means {@code **values[i]} is unpacked there. */
    record DictExpr(Loc loc, List<Expr> keys, List<Expr> values) implements Expr {
    }

    record IfExp(Loc loc, Expr test, Expr body, Expr orelse) implements Expr {
    }

    record Lambda(Loc loc, Arguments args, Expr body) implements Expr {
    }

    /** The walrus {@code target := value}. */
    record NamedExpr(Loc loc, Name target, Expr value) implements Expr {
    }

    record ListComp(Loc loc, Expr elt, List<Comprehension> generators) implements Expr {
    }

    record SetComp(Loc loc, Expr elt, List<Comprehension> generators) implements Expr {
    }

    record GeneratorExp(Loc loc, Expr elt, List<Comprehension> generators) implements Expr {
    }

    record DictComp(Loc loc, Expr key, Expr value, List<Comprehension> generators) implements Expr {
    }

    /** One {@code for target in iter if cond...} clause of a comprehension. */
    record Comprehension(Expr target, Expr iter, List<Expr> ifs, boolean isAsync) {
    }

    record Yield(Loc loc, Expr value) implements Expr {
    }

    record YieldFrom(Loc loc, Expr value) implements Expr {
    }

    record Await(Loc loc, Expr value) implements Expr {
    }

    /** A parameter: its name and optional annotation. */
    record Arg(Loc loc, String name, Expr annotation) {
    }

    /**
     * A parameter list, as in CPython's {@code ast.arguments}: defaults apply to the last positional parameters
     * (posonly then args); kwDefaults is parallel to kwonly with null where a keyword-only parameter has no default.
     */
    record Arguments(List<Arg> posonly, List<Arg> args, Arg vararg, List<Arg> kwonly, List<Expr> kwDefaults,
                    Arg kwarg, List<Expr> defaults) {
        public static final Arguments EMPTY = new Arguments(List.of(), List.of(), null, List.of(), List.of(), null,
                        List.of());

        /** The parameters in slot order: positional-only, positional, {@code *args}, keyword-only, {@code **kwargs}. */
        public List<Arg> inSlotOrder() {
            List<Arg> params = new java.util.ArrayList<>(posonly);
            params.addAll(args);
            if (vararg != null) {
                params.add(vararg);
            }
            params.addAll(kwonly);
            if (kwarg != null) {
                params.add(kwarg);
            }
            return params;
        }
    }
}
