package org.minipy.parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.minipy.ast.Expr;
import org.minipy.ast.Loc;
import org.minipy.parser.PythonParser.*;

/**
 * Builds {@link Expr.Call} nodes (and the argument list of a class statement) and enforces the ordering rules of
 * call arguments with CPython's messages: positional after keyword, *args after **kwargs, a generator expression
 * that is not the sole argument.
 */
final class CallBuilder {
    private final ExpressionBuilder expressions;
    private final TargetChecker targets;

    /** The arguments of one call, split as {@link Expr.Call} holds them. */
    record Arguments(List<Expr> args, List<Expr.Keyword> keywords) {
    }

    CallBuilder(ExpressionBuilder expressions, TargetChecker targets) {
        this.expressions = expressions;
        this.targets = targets;
    }

    Expr call(Loc loc, Expr function, CallTrailerContext trailer) {
        Arguments arguments = arguments(trailer.arglist(), trailer);
        return new Expr.Call(loc, function, arguments.args, arguments.keywords);
    }

    /** The arguments between a call's parentheses; {@code parens} locates a sole generator expression. */
    Arguments arguments(ArglistContext list, org.antlr.v4.runtime.ParserRuleContext parens) {
        List<Expr> args = new ArrayList<>();
        List<Expr.Keyword> keywords = new ArrayList<>();
        if (list == null) {
            return new Arguments(args, keywords);
        }
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        Set<String> keywordNames = new HashSet<>();
        int count = list.argument().size();
        for (ArgumentContext argument : list.argument()) {
            Loc loc = expressions.locations().of(argument);
            switch (argument) {
                case KeywordArgumentContext keyword -> {
                    String name = keyword.NAME().getText();
                    targets.checkNotDebug(name, loc);
                    if (!keywordNames.add(name)) {
                        throw targets.error("keyword argument repeated: " + name, loc);
                    }
                    keywords.add(new Expr.Keyword(loc, name, expressions.test(keyword.test())));
                    sawKeyword = true;
                }
                case DoubleStarArgumentContext doubleStar -> {
                    keywords.add(new Expr.Keyword(loc, null, expressions.test(doubleStar.test())));
                    sawDoubleStar = true;
                }
                case StarArgumentContext star -> {
                    if (sawDoubleStar) {
                        // CPython marks the star alone
                        throw targets.error("iterable argument unpacking follows keyword argument unpacking",
                                        new Loc(loc.line(), loc.col(), loc.line(), loc.col() + 1));
                    }
                    args.add(new Expr.Starred(loc, expressions.test(star.test())));
                }
                case PositionalArgumentContext positional -> {
                    // CPython points just after the offending argument.
                    if (sawDoubleStar) {
                        throw targets.errorAfter("positional argument follows keyword argument unpacking", loc);
                    }
                    if (sawKeyword) {
                        throw targets.errorAfter("positional argument follows keyword argument", loc);
                    }
                    if (positional.comp_for() == null) {
                        args.add(expressions.namedexprTest(positional.namedexpr_test()));
                    } else {
                        if (count > 1 || list.COMMA().size() > 0) {
                            throw targets.error("Generator expression must be parenthesized", loc);
                        }
                        Expr element = expressions.inComprehension("generator expression",
                                        () -> expressions.namedexprTest(positional.namedexpr_test()));
                        args.add(new Expr.GeneratorExp(expressions.locations().of(parens), element,
                                        expressions.compFor(positional.comp_for(), "generator expression")));
                    }
                }
                default -> throw new IllegalStateException("argument " + argument.getText());
            }
        }
        return new Arguments(args, keywords);
    }
}
