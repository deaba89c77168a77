package org.minipy.parser;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

import org.minipy.ast.Expr;
import org.minipy.ast.Loc;
import org.minipy.ast.Operator;
import org.minipy.parser.PythonParser.*;

/**
 * The expression half of the AstBuilder: turns expression parse trees into {@link Expr} nodes, one method per
 * grammar rule, from the loosest binding rule (test) down to atoms and trailers. Literals are decoded by
 * {@link Literals} and {@link StringConcatenation}; targets are checked by {@link TargetChecker}.
 */
final class ExpressionBuilder {
    private final SourceText source;
    private final Locations locations;
    private final EnclosingScopes scopes;
    private final TargetChecker targets;

    EnclosingScopes scopes() {
        return scopes;
    }

    ExpressionBuilder(SourceText source, Locations locations, EnclosingScopes scopes) {
        this.source = source;
        this.locations = locations;
        this.scopes = scopes;
        this.targets = new TargetChecker(source);
    }

    TargetChecker targets() {
        return targets;
    }

    Locations locations() {
        return locations;
    }

    private Loc loc(ParserRuleContext context) {
        return locations.of(context);
    }

    // ---- Expression lists ----

    /** A comma-separated list: the single element itself, or a tuple when there is a comma. */
    Expr testlistStarExpr(Testlist_star_exprContext context) {
        List<Expr> elements = new ArrayList<>();
        for (ParseTree child : context.children) {
            if (child instanceof TestContext test) {
                elements.add(test(test));
            } else if (child instanceof Star_exprContext star) {
                elements.add(starExpr(star));
            }
        }
        return tupleOrSingle(context, elements, context.COMMA().isEmpty());
    }

    Expr testlist(TestlistContext context) {
        List<Expr> elements = context.test().stream().map(this::test).toList();
        return tupleOrSingle(context, elements, context.COMMA().isEmpty());
    }

    Expr exprlist(ExprlistContext context) {
        return tupleOrSingle(context, exprlistElements(context), context.COMMA().isEmpty());
    }

    List<Expr> exprlistElements(ExprlistContext context) {
        List<Expr> elements = new ArrayList<>();
        for (ParseTree child : context.children) {
            if (child instanceof ExprContext expr) {
                elements.add(expr(expr));
            } else if (child instanceof Star_exprContext star) {
                elements.add(starExpr(star));
            }
        }
        return elements;
    }

    private Expr tupleOrSingle(ParserRuleContext context, List<Expr> elements, boolean noComma) {
        return noComma && elements.size() == 1 ? elements.get(0) : new Expr.TupleExpr(loc(context), elements);
    }

    /** The right-hand side of an assignment: a yield or an expression list. */
    Expr assignedValue(Assigned_valueContext context) {
        return context.yield_expr() != null ? yieldExpr(context.yield_expr())
                        : testlistStarExpr(context.testlist_star_expr());
    }

    Expr yieldExpr(Yield_exprContext context) {
        Loc loc = loc(context);
        if (comprehension != null) {
            throw targets.error("'yield' inside " + comprehension, loc);
        }
        if (!scopes.inFunction() && scopes.current() != EnclosingScopes.Kind.LAMBDA) {
            throw targets.error("'yield' outside function", loc);
        }
        if (context.FROM() != null) {
            if (scopes.current() == EnclosingScopes.Kind.ASYNC_FUNCTION) {
                throw targets.error("'yield from' inside async function", loc);
            }
            return new Expr.YieldFrom(loc, test(context.test()));
        }
        Expr value = context.testlist_star_expr() == null ? null : testlistStarExpr(context.testlist_star_expr());
        if (value != null) {
            targets.checkNotStarred(value);
        }
        return new Expr.Yield(loc, value);
    }

    // ---- Operators, loosest first ----

    Expr namedexprTest(Namedexpr_testContext context) {
        Expr first = test(context.test(0));
        if (context.COLONEQUAL() == null) {
            return first;
        }
        if (!(first instanceof Expr.Name name)) {
            throw targets.error("cannot use assignment expressions with " + TargetChecker.describe(first),
                            first.loc());
        }
        targets.checkNotDebug(name.id(), name.loc());
        return new Expr.NamedExpr(loc(context), name, test(context.test(1)));
    }

    Expr test(TestContext context) {
        if (context.lambdef() != null) {
            return lambdef(context.lambdef());
        }
        Expr body = orTest(context.or_test(0));
        if (context.IF() == null) {
            return body;
        }
        return new Expr.IfExp(loc(context), orTest(context.or_test(1)), body, test(context.test()));
    }

    private Expr lambdef(LambdefContext context) {
        Expr.Arguments arguments = context.varargslist() == null ? Expr.Arguments.EMPTY
                        : new ParameterListBuilder(this, targets).lambdaParameters(context.varargslist());
        scopes.enter(EnclosingScopes.Kind.LAMBDA);
        try {
            // a lambda's body is its own function, even inside a comprehension
            return outsideComprehension(() -> new Expr.Lambda(loc(context), arguments, test(context.test())));
        } finally {
            scopes.exit();
        }
    }

    Expr orTest(Or_testContext context) {
        if (context.and_test().size() == 1) {
            return andTest(context.and_test(0));
        }
        return new Expr.BoolOp(loc(context), false, context.and_test().stream().map(this::andTest).toList());
    }

    private Expr andTest(And_testContext context) {
        if (context.not_test().size() == 1) {
            return notTest(context.not_test(0));
        }
        return new Expr.BoolOp(loc(context), true, context.not_test().stream().map(this::notTest).toList());
    }

    private Expr notTest(Not_testContext context) {
        if (context.NOT() != null) {
            return new Expr.UnaryOp(loc(context), Operator.Unary.NOT, notTest(context.not_test()));
        }
        return comparison(context.comparison());
    }

    private Expr comparison(ComparisonContext context) {
        Expr left = expr(context.expr(0));
        if (context.comp_op().isEmpty()) {
            return left;
        }
        List<Operator.Compare> ops = new ArrayList<>();
        for (Comp_opContext op : context.comp_op()) {
            ops.add(switch (op.getText()) {
                case "<" -> Operator.Compare.LT;
                case ">" -> Operator.Compare.GT;
                case "==" -> Operator.Compare.EQ;
                case ">=" -> Operator.Compare.GE;
                case "<=" -> Operator.Compare.LE;
                case "!=" -> Operator.Compare.NE;
                case "in" -> Operator.Compare.IN;
                case "notin" -> Operator.Compare.NOT_IN;
                case "is" -> Operator.Compare.IS;
                case "isnot" -> Operator.Compare.IS_NOT;
                default -> throw new IllegalStateException("comparison operator " + op.getText());
            });
        }
        List<Expr> comparators = context.expr().subList(1, context.expr().size()).stream().map(this::expr).toList();
        return new Expr.Compare(loc(context), left, ops, comparators);
    }

    Expr starExpr(Star_exprContext context) {
        return new Expr.Starred(loc(context), expr(context.expr()));
    }

    Expr expr(ExprContext context) {
        return leftAssociative(context.xor_expr(), this::xorExpr, Operator.Binary.BITOR, null);
    }

    private Expr xorExpr(Xor_exprContext context) {
        return leftAssociative(context.and_expr(), this::andExpr, Operator.Binary.BITXOR, null);
    }

    private Expr andExpr(And_exprContext context) {
        return leftAssociative(context.shift_expr(), this::shiftExpr, Operator.Binary.BITAND, null);
    }

    /**
     * {@code a op b op c} as {@code (a op b) op c}, with {@code op} or the operators in {@code ops}. Each BinOp spans
     * its operands' parse-tree tokens, so that parentheses around the first or last operand belong to it as in
     * CPython's {@code ast} (tracebacks mark the operation's columns).
     */
    private <C extends ParserRuleContext> Expr leftAssociative(List<C> contexts, java.util.function.Function<C, Expr> operand,
                    Operator.Binary op, List<Token> ops) {
        Expr result = operand.apply(contexts.get(0));
        for (int i = 1; i < contexts.size(); i++) {
            Expr right = operand.apply(contexts.get(i));
            Loc loc = locations.span(contexts.get(0).start, contexts.get(i).stop);
            result = new Expr.BinOp(loc, result, ops == null ? op : binaryOperator(ops.get(i - 1)), right);
        }
        return result;
    }

    private static Operator.Binary binaryOperator(Token token) {
        return switch (token.getType()) {
            case PythonLexer.LEFTSHIFT -> Operator.Binary.LSHIFT;
            case PythonLexer.RIGHTSHIFT -> Operator.Binary.RSHIFT;
            case PythonLexer.PLUS -> Operator.Binary.ADD;
            case PythonLexer.MINUS -> Operator.Binary.SUB;
            case PythonLexer.STAR -> Operator.Binary.MUL;
            case PythonLexer.SLASH -> Operator.Binary.TRUEDIV;
            case PythonLexer.PERCENT -> Operator.Binary.MOD;
            case PythonLexer.DOUBLESLASH -> Operator.Binary.FLOORDIV;
            case PythonLexer.AT -> Operator.Binary.MATMUL;
            default -> throw new IllegalStateException("binary operator " + token.getText());
        };
    }

    private Expr shiftExpr(Shift_exprContext context) {
        return leftAssociative(context.arith_expr(), this::arithExpr, null, context.ops);
    }

    private Expr arithExpr(Arith_exprContext context) {
        return leftAssociative(context.term(), this::term, null, context.ops);
    }

    private Expr term(TermContext context) {
        return leftAssociative(context.factor(), this::factor, null, context.ops);
    }

    private Expr factor(FactorContext context) {
        if (context.power() != null) {
            return power(context.power());
        }
        Operator.Unary op = switch (context.op.getType()) {
            case PythonLexer.PLUS -> Operator.Unary.POS;
            case PythonLexer.MINUS -> Operator.Unary.NEG;
            default -> Operator.Unary.INVERT;
        };
        return new Expr.UnaryOp(loc(context), op, factor(context.factor()));
    }

    private Expr power(PowerContext context) {
        Expr base = atomExpr(context.atom_expr());
        if (context.factor() == null) {
            return base;
        }
        return new Expr.BinOp(loc(context), base, Operator.Binary.POW, factor(context.factor()));
    }

    private Expr atomExpr(Atom_exprContext context) {
        Expr result = atom(context.atom());
        for (TrailerContext trailer : context.trailer()) {
            Loc loc = locations.span(context.atom().start, trailer.stop);
            result = switch (trailer) {
                case CallTrailerContext call -> new CallBuilder(this, targets).call(loc, result, call);
                case SubscriptTrailerContext subscript -> new Expr.Subscript(loc, result,
                                subscriptList(subscript.subscriptlist()));
                case AttributeTrailerContext attribute -> new Expr.Attribute(loc, result, scopes.mangle(attribute.NAME().getText()));
                default -> throw new IllegalStateException("trailer " + trailer.getText());
            };
        }
        if (context.AWAIT() != null) {
            Loc loc = loc(context);
            if (scopes.current() == EnclosingScopes.Kind.MODULE) {
                throw targets.error("'await' outside function", loc);
            }
            if (scopes.current() != EnclosingScopes.Kind.ASYNC_FUNCTION) {
                throw targets.error("'await' outside async function", loc);
            }
            result = new Expr.Await(loc, result);
        }
        return result;
    }

    private Expr subscriptList(SubscriptlistContext context) {
        List<Expr> elements = context.subscript().stream().map(this::subscript).toList();
        // CPython makes a lone starred index a tuple: a[*b] is a[(*b,)].
        if (elements.size() == 1 && context.trailing_comma == null && !(elements.get(0) instanceof Expr.Starred)) {
            return elements.get(0);
        }
        return new Expr.TupleExpr(loc(context), elements);
    }

    /** An index, or a slice {@code lower:upper:step} (any part may be missing). */
    private Expr subscript(SubscriptContext context) {
        if (context.star_expr() != null) {
            return starExpr(context.star_expr());
        }
        if (context.COLON() == null) {
            return namedexprTest(context.namedexpr_test());
        }
        Expr lower = context.namedexpr_test() == null ? null : namedexprTest(context.namedexpr_test());
        Expr upper = context.upper == null ? null : test(context.upper);
        Slice_stepContext step = context.slice_step();
        Expr stepValue = step == null || step.test() == null ? null : test(step.test());
        return new Expr.Slice(loc(context), lower, upper, stepValue);
    }

    // ---- Atoms ----

    Expr atom(AtomContext context) {
        Loc loc = loc(context);
        return switch (context) {
            case NameAtomContext name -> new Expr.Name(loc, scopes.mangle(name.NAME().getText()));
            case NumberAtomContext number -> number(number.start, loc);
            case StringAtomContext string -> new StringConcatenation(source, scopes).build(string.STRING(), loc);
            case EllipsisAtomContext e -> new Expr.Constant(loc, Expr.ConstantKind.ELLIPSIS);
            case NoneAtomContext e -> new Expr.Constant(loc, Expr.ConstantKind.NONE);
            case TrueAtomContext e -> new Expr.Constant(loc, Boolean.TRUE);
            case FalseAtomContext e -> new Expr.Constant(loc, Boolean.FALSE);
            case ParenAtomContext paren -> parenthesized(paren, loc);
            case ListAtomContext list -> list(list, loc);
            case BraceAtomContext brace -> brace(brace, loc);
            default -> throw new IllegalStateException("atom " + context.getText());
        };
    }

    private Expr number(Token token, Loc loc) {
        return switch (token.getType()) {
            case PythonLexer.INTEGER -> new Expr.Constant(loc, Literals.integer(token.getText()));
            case PythonLexer.FLOAT_NUMBER -> new Expr.Constant(loc, Literals.floating(token.getText()));
            default -> throw targets.error("MiniPy does not support complex numbers (imaginary literal '"
                            + token.getText() + "')", loc);
        };
    }

    private Expr parenthesized(ParenAtomContext context, Loc loc) {
        if (context.yield_expr() != null) {
            return yieldExpr(context.yield_expr());
        }
        Testlist_compContext inside = context.testlist_comp();
        if (inside == null) {
            return new Expr.TupleExpr(loc, List.of());
        }
        if (inside.comp_for() != null) {
            return comprehension((ParserRuleContext) inside.getChild(0), inside.comp_for(), loc, Expr.GeneratorExp::new, "generator expression");
        }
        List<Expr> elements = displayElements(inside);
        if (elements.size() == 1 && inside.trailing_comma == null) {
            Expr single = elements.get(0);
            if (single instanceof Expr.Starred) {
                throw targets.error("cannot use starred expression here", single.loc());
            }
            return single;
        }
        return new Expr.TupleExpr(loc, elements);
    }

    private Expr list(ListAtomContext context, Loc loc) {
        Testlist_compContext inside = context.testlist_comp();
        if (inside == null) {
            return new Expr.ListExpr(loc, List.of());
        }
        if (inside.comp_for() != null) {
            return comprehension((ParserRuleContext) inside.getChild(0), inside.comp_for(), loc, Expr.ListComp::new, "list comprehension");
        }
        return new Expr.ListExpr(loc, displayElements(inside));
    }

    private List<Expr> displayElements(ParserRuleContext context) {
        List<Expr> elements = new ArrayList<>();
        for (ParseTree child : context.children) {
            if (child instanceof Namedexpr_testContext named) {
                elements.add(namedexprTest(named));
            } else if (child instanceof Star_exprContext star) {
                elements.add(starExpr(star));
            }
        }
        return elements;
    }

    private interface ComprehensionFactory {
        Expr create(Loc loc, Expr element, List<Expr.Comprehension> generators);
    }

    /** A list/set/generator comprehension from its element and its for/if clauses. */
    private Expr comprehension(ParserRuleContext elementContext, Comp_forContext clauses, Loc loc,
                    ComprehensionFactory factory, String kind) {
        Expr element = inComprehension(kind, () -> switch (elementContext) {
            case Namedexpr_testContext named -> namedexprTest(named);
            case Brace_itemContext item when item.namedexpr_test() != null -> namedexprTest(item.namedexpr_test());
            default -> throw targets.error("iterable unpacking cannot be used in comprehension", loc(elementContext));
        });
        return factory.create(loc, element, compFor(clauses, kind));
    }

    /** The for/if clauses of a comprehension of {@code kind}; all but the first iterable are inside its scope. */
    List<Expr.Comprehension> compFor(Comp_forContext context, String kind) {
        List<Expr.Comprehension> generators = new ArrayList<>();
        for (Comp_clauseContext clause : context.comp_clause()) {
            // the first iterable is evaluated where the comprehension stands
            Expr firstIterable = generators.isEmpty() ? orTest(clause.or_test(0)) : null;
            generators.add(inComprehension(kind, () -> {
                Expr target = exprlist(clause.exprlist());
                targets.checkStore(target);
                Expr iterable = firstIterable != null ? firstIterable : orTest(clause.or_test(0));
                List<Expr> ifs = clause.or_test().subList(1, clause.or_test().size()).stream().map(this::orTest).toList();
                return new Expr.Comprehension(target, iterable, ifs, clause.ASYNC() != null);
            }));
        }
        return generators;
    }

    /** The comprehension whose scope the expression being built is in ("list comprehension"), for 'yield'; or null. */
    private String comprehension;

    <T> T inComprehension(String kind, java.util.function.Supplier<T> build) {
        String outer = comprehension;
        comprehension = kind;
        try {
            return build.get();
        } finally {
            comprehension = outer;
        }
    }

    private <T> T outsideComprehension(java.util.function.Supplier<T> build) {
        return inComprehension(null, build);
    }

    /** A dict or set display or comprehension: the first item decides which. */
    private Expr brace(BraceAtomContext context, Loc loc) {
        DictorsetmakerContext inside = context.dictorsetmaker();
        if (inside == null) {
            return new Expr.DictExpr(loc, List.of(), List.of());
        }
        List<Brace_itemContext> items = inside.brace_item();
        boolean isDict = isDictItem(items.get(0));
        if (inside.comp_for() != null) {
            Brace_itemContext item = items.get(0);
            if (!isDict) {
                return comprehension(item, inside.comp_for(), loc, Expr.SetComp::new, "set comprehension");
            }
            if (item.DOUBLESTAR() != null) {
                throw targets.error("dict unpacking cannot be used in dict comprehension", loc(item));
            }
            Expr key = inComprehension("dict comprehension", () -> namedexprTest(item.namedexpr_test()));
            Expr value = inComprehension("dict comprehension", () -> test(item.value));
            return new Expr.DictComp(loc, key, value, compFor(inside.comp_for(), "dict comprehension"));
        }
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        for (Brace_itemContext item : items) {
            if (isDictItem(item) != isDict) {
                throw targets.error(isDict ? "':' expected after dictionary key" : "invalid syntax", loc(item));
            }
            if (item.DOUBLESTAR() != null) {
                keys.add(null);
                values.add(expr(item.expr()));
            } else if (isDict) {
                keys.add(namedexprTest(item.namedexpr_test()));
                values.add(test(item.value));
            } else {
                values.add(item.star_expr() != null ? starExpr(item.star_expr()) : namedexprTest(item.namedexpr_test()));
            }
        }
        return isDict ? new Expr.DictExpr(loc, keys, values) : new Expr.SetExpr(loc, values);
    }

    private static boolean isDictItem(Brace_itemContext item) {
        return item.DOUBLESTAR() != null || item.COLON() != null;
    }
}
