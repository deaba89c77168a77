package org.minipy.tests.parser;

import java.math.BigInteger;
import java.util.List;

import org.minipy.ast.Expr;
import org.minipy.ast.Operator;
import org.minipy.ast.Stmt;

/**
 * Test-only: writes MiniPy's AST in the compact format that generate_expectations.py writes for CPython's AST
 * (CPython's node and field names, no ctx, null fields left out, floats as IEEE bits, strings escaped), so that the
 * two trees can be compared as text.
 */
final class AstDump {
    private final StringBuilder out = new StringBuilder();

    static String dump(Stmt.Module module) {
        AstDump d = new AstDump();
        d.node("Module").field("body", module.body()).end();
        return d.out.toString();
    }

    static String dump(Expr expr) {
        AstDump d = new AstDump();
        d.value(expr);
        return d.out.toString();
    }

    // ---- tiny writer: node("Name").field("id", "x").end() ----

    private boolean firstField;

    private AstDump node(String name) {
        out.append(name).append('(');
        firstField = true;
        return this;
    }

    private AstDump field(String name, Object value) {
        if (value == null) {
            return this;
        }
        if (!firstField) {
            out.append(", ");
        }
        out.append(name).append('=');
        value(value);
        firstField = false;
        return this;
    }

    /** A list field whose elements may be null (dict keys, kw_defaults): nulls are written as None. */
    private AstDump nullableList(String name, List<? extends Expr> values) {
        if (!firstField) {
            out.append(", ");
        }
        out.append(name).append("=[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            if (values.get(i) == null) {
                out.append("None");
            } else {
                value(values.get(i));
            }
        }
        out.append(']');
        firstField = false;
        return this;
    }

    private void end() {
        out.append(')');
        firstField = false;
    }

    private void value(Object value) {
        switch (value) {
            case List<?> list -> {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    value(list.get(i));
                }
                out.append(']');
            }
            case Stmt s -> stmt(s);
            case Expr e -> expr(e);
            case Expr.Keyword k -> node("keyword").field("arg", k.name() == null ? null : str(k.name()))
                            .field("value", k.value()).end();
            case Expr.Comprehension c -> node("comprehension").field("target", c.target()).field("iter", c.iter())
                            .field("ifs", c.ifs()).field("is_async", c.isAsync() ? 1 : 0).end();
            case Expr.Arguments a -> node("arguments").field("posonlyargs", a.posonly()).field("args", a.args())
                            .field("vararg", a.vararg()).field("kwonlyargs", a.kwonly())
                            .nullableList("kw_defaults", a.kwDefaults()).field("kwarg", a.kwarg())
                            .field("defaults", a.defaults()).end();
            case Expr.Arg a -> node("arg").field("arg", str(a.name())).field("annotation", a.annotation()).end();
            case Stmt.Alias a -> node("alias").field("name", str(a.name()))
                            .field("asname", a.asname() == null ? null : str(a.asname())).end();
            case Stmt.WithItem w -> node("withitem").field("context_expr", w.contextExpr())
                            .field("optional_vars", w.optionalVars()).end();
            case Stmt.ExceptHandler h -> node("ExceptHandler").field("type", h.type())
                            .field("name", h.name() == null ? null : str(h.name())).field("body", h.body()).end();
            case Raw r -> out.append(r.text);
            case Integer i -> out.append(i);
            default -> throw new IllegalArgumentException("cannot dump " + value.getClass());
        }
    }

    /** Text written as is (operator nodes, already formatted constants). */
    private record Raw(String text) {
    }

    private static Raw str(String s) {
        return new Raw("'" + escape(s) + "'");
    }

    private static Raw op(String name) {
        return new Raw(name + "()");
    }

    static String escape(String text) {
        StringBuilder b = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c >= 32 && c < 127 && c != '\'' && c != '\\') {
                b.append((char) c);
            } else {
                b.append("\\u{").append(Integer.toHexString(c)).append('}');
            }
        });
        return b.toString();
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> node(f.isAsync() ? "AsyncFunctionDef" : "FunctionDef").field("name", str(f.name()))
                            .field("args", f.args()).field("body", f.body()).field("decorator_list", f.decorators())
                            .field("returns", f.returns()).end();
            case Stmt.ClassDef c -> node("ClassDef").field("name", str(c.name())).field("bases", c.bases())
                            .field("keywords", c.keywords()).field("body", c.body())
                            .field("decorator_list", c.decorators()).end();
            case Stmt.Return r -> node("Return").field("value", r.value()).end();
            case Stmt.Delete d -> node("Delete").field("targets", d.targets()).end();
            case Stmt.Assign a -> node("Assign").field("targets", a.targets()).field("value", a.value()).end();
            case Stmt.AugAssign a -> node("AugAssign").field("target", a.target()).field("op", binary(a.op()))
                            .field("value", a.value()).end();
            case Stmt.AnnAssign a -> node("AnnAssign").field("target", a.target()).field("annotation", a.annotation())
                            .field("value", a.value()).field("simple", a.simple() ? 1 : 0).end();
            case Stmt.For f -> node(f.isAsync() ? "AsyncFor" : "For").field("target", f.target()).field("iter", f.iter())
                            .field("body", f.body()).field("orelse", f.orelse()).end();
            case Stmt.While w -> node("While").field("test", w.test()).field("body", w.body())
                            .field("orelse", w.orelse()).end();
            case Stmt.If i -> node("If").field("test", i.test()).field("body", i.body()).field("orelse", i.orelse())
                            .end();
            case Stmt.With w -> node(w.isAsync() ? "AsyncWith" : "With").field("items", w.items())
                            .field("body", w.body()).end();
            case Stmt.Raise r -> node("Raise").field("exc", r.exc()).field("cause", r.cause()).end();
            case Stmt.Try t -> node("Try").field("body", t.body()).field("handlers", t.handlers())
                            .field("orelse", t.orelse()).field("finalbody", t.finalbody()).end();
            case Stmt.Assert a -> node("Assert").field("test", a.test()).field("msg", a.msg()).end();
            case Stmt.Import i -> node("Import").field("names", i.names()).end();
            case Stmt.ImportFrom i -> node("ImportFrom").field("module", i.module() == null ? null : str(i.module()))
                            .field("names", i.names()).field("level", i.level()).end();
            case Stmt.Global g -> node("Global").field("names", g.names().stream().map(AstDump::str).toList()).end();
            case Stmt.Nonlocal n -> node("Nonlocal").field("names", n.names().stream().map(AstDump::str).toList())
                            .end();
            case Stmt.ExprStmt e -> node("Expr").field("value", e.value()).end();
            case Stmt.Pass p -> node("Pass").end();
            case Stmt.Break b -> node("Break").end();
            case Stmt.Continue c -> node("Continue").end();
        }
    }

    private void expr(Expr e) {
        switch (e) {
            case Expr.Constant c -> node("Constant").field("value", constant(c.value())).end();
            case Expr.Name n -> node("Name").field("id", str(n.id())).end();
            case Expr.JoinedStr j -> node("JoinedStr").field("values", j.values()).end();
            case Expr.FormattedValue f -> node("FormattedValue").field("value", f.value())
                            .field("conversion", f.conversion()).field("format_spec", f.formatSpec()).end();
            case Expr.BinOp b -> node("BinOp").field("left", b.left()).field("op", binary(b.op()))
                            .field("right", b.right()).end();
            case Expr.UnaryOp u -> node("UnaryOp").field("op", op(switch (u.op()) {
                case NEG -> "USub";
                case POS -> "UAdd";
                case INVERT -> "Invert";
                case NOT -> "Not";
            })).field("operand", u.operand()).end();
            case Expr.BoolOp b -> node("BoolOp").field("op", op(b.isAnd() ? "And" : "Or")).field("values", b.values())
                            .end();
            case Expr.Compare c -> node("Compare").field("left", c.left())
                            .field("ops", c.ops().stream().map(AstDump::compare).toList())
                            .field("comparators", c.comparators()).end();
            case Expr.Call c -> node("Call").field("func", c.func()).field("args", c.args())
                            .field("keywords", c.keywords()).end();
            case Expr.Attribute a -> node("Attribute").field("value", a.value()).field("attr", str(a.attr())).end();
            case Expr.Subscript s -> node("Subscript").field("value", s.value()).field("slice", s.slice()).end();
            case Expr.Slice s -> node("Slice").field("lower", s.lower()).field("upper", s.upper())
                            .field("step", s.step()).end();
            case Expr.Starred s -> node("Starred").field("value", s.value()).end();
            case Expr.ListExpr l -> node("List").field("elts", l.elts()).end();
            case Expr.TupleExpr t -> node("Tuple").field("elts", t.elts()).end();
            case Expr.SetExpr s -> node("Set").field("elts", s.elts()).end();
            case Expr.DictExpr d -> node("Dict").nullableList("keys", d.keys()).field("values", d.values()).end();
            case Expr.IfExp i -> node("IfExp").field("test", i.test()).field("body", i.body())
                            .field("orelse", i.orelse()).end();
            case Expr.Lambda l -> node("Lambda").field("args", l.args()).field("body", l.body()).end();
            case Expr.NamedExpr n -> node("NamedExpr").field("target", n.target()).field("value", n.value()).end();
            case Expr.ListComp c -> node("ListComp").field("elt", c.elt()).field("generators", c.generators()).end();
            case Expr.SetComp c -> node("SetComp").field("elt", c.elt()).field("generators", c.generators()).end();
            case Expr.GeneratorExp c -> node("GeneratorExp").field("elt", c.elt()).field("generators", c.generators())
                            .end();
            case Expr.DictComp c -> node("DictComp").field("key", c.key()).field("value", c.value())
                            .field("generators", c.generators()).end();
            case Expr.Yield y -> node("Yield").field("value", y.value()).end();
            case Expr.YieldFrom y -> node("YieldFrom").field("value", y.value()).end();
            case Expr.Await a -> node("Await").field("value", a.value()).end();
        }
    }

    private static Raw constant(Object value) {
        return new Raw(switch (value) {
            case Expr.ConstantKind k -> k == Expr.ConstantKind.NONE ? "None" : "Ellipsis";
            case Boolean b -> b ? "True" : "False";
            case Long l -> Long.toString(l);
            case BigInteger i -> i.toString();
            case Double d -> String.format("f%016x", Double.doubleToRawLongBits(d));
            case String s -> "'" + escape(s) + "'";
            case byte[] bytes -> {
                StringBuilder b = new StringBuilder();
                for (byte x : bytes) {
                    b.appendCodePoint(x & 0xFF);
                }
                yield "b'" + escape(b.toString()) + "'";
            }
            default -> throw new IllegalArgumentException("constant " + value.getClass());
        });
    }

    private static Raw binary(Operator.Binary op) {
        return op(switch (op) {
            case ADD -> "Add";
            case SUB -> "Sub";
            case MUL -> "Mult";
            case MATMUL -> "MatMult";
            case TRUEDIV -> "Div";
            case FLOORDIV -> "FloorDiv";
            case MOD -> "Mod";
            case POW -> "Pow";
            case LSHIFT -> "LShift";
            case RSHIFT -> "RShift";
            case BITOR -> "BitOr";
            case BITXOR -> "BitXor";
            case BITAND -> "BitAnd";
        });
    }

    private static Raw compare(Operator.Compare op) {
        return op(switch (op) {
            case EQ -> "Eq";
            case NE -> "NotEq";
            case LT -> "Lt";
            case LE -> "LtE";
            case GT -> "Gt";
            case GE -> "GtE";
            case IS -> "Is";
            case IS_NOT -> "IsNot";
            case IN -> "In";
            case NOT_IN -> "NotIn";
        });
    }
}
