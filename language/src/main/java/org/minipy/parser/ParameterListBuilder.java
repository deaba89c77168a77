package org.minipy.parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.antlr.v4.runtime.tree.TerminalNode;

import org.minipy.ast.Expr;
import org.minipy.ast.Loc;
import org.minipy.parser.PythonParser.*;

/**
 * Builds {@link Expr.Arguments} from the flat parameter lists of def and lambda. The grammar accepts parameters in
 * any order; this class enforces Python's order (positional-only, '/', positional, '*' or '*args', keyword-only,
 * '**kwargs') and defaults, with CPython's messages and locations.
 */
final class ParameterListBuilder {
    private final ExpressionBuilder expressions;
    private final TargetChecker targets;

    private final List<Expr.Arg> positional = new ArrayList<>();
    private List<Expr.Arg> positionalOnly = List.of();
    private final List<Expr> defaults = new ArrayList<>();
    private final List<Expr.Arg> keywordOnly = new ArrayList<>();
    private final List<Expr> keywordDefaults = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private Expr.Arg varArg;
    private Expr.Arg kwArg;
    private boolean sawSlash;
    private Loc bareStar;
    private boolean sawStar;

    ParameterListBuilder(ExpressionBuilder expressions, TargetChecker targets) {
        this.expressions = expressions;
        this.targets = targets;
    }

    Expr.Arguments functionParameters(TypedargslistContext list) {
        for (Typed_paramContext parameter : list.typed_param()) {
            Loc loc = expressions.locations().of(parameter);
            switch (parameter) {
                case PlainTypedParamContext plain -> plain(loc, plain.NAME(), plain.test(), plain.EQUAL() != null,
                                plain.COLON() != null);
                case StarTypedParamContext star -> star(loc, star.NAME(), star.test());
                case KwTypedParamContext kw -> doubleStar(loc, kw.NAME(), kw.test());
                default -> slash(loc);
            }
        }
        return finish();
    }

    Expr.Arguments lambdaParameters(VarargslistContext list) {
        for (Lambda_paramContext parameter : list.lambda_param()) {
            Loc loc = expressions.locations().of(parameter);
            switch (parameter) {
                case PlainLambdaParamContext plain -> plain(loc, plain.NAME(),
                                plain.test() == null ? List.of() : List.of(plain.test()), plain.EQUAL() != null, false);
                case StarLambdaParamContext star -> star(loc, star.NAME(), null);
                case KwLambdaParamContext kw -> doubleStar(loc, kw.NAME(), null);
                default -> slash(loc);
            }
        }
        return finish();
    }

    /** A named parameter; {@code tests} holds the annotation (when annotated) and then the default. */
    private void plain(Loc loc, TerminalNode name, List<TestContext> tests, boolean hasDefault, boolean annotated) {
        noParameterAfterKwArg(loc);
        Expr annotation = annotated ? expressions.test(tests.get(0)) : null;
        Expr defaultValue = hasDefault ? expressions.test(tests.get(tests.size() - 1)) : null;
        Expr.Arg arg = arg(name, annotation);
        if (sawStar) {
            keywordOnly.add(arg);
            keywordDefaults.add(defaultValue);
            bareStar = null;
            return;
        }
        if (defaultValue != null) {
            defaults.add(defaultValue);
        } else if (!defaults.isEmpty()) {
            throw targets.error("non-default argument follows default argument", loc);
        }
        positional.add(arg);
    }

    private void star(Loc loc, TerminalNode name, TestContext annotation) {
        noParameterAfterKwArg(loc);
        if (sawStar) {
            throw targets.error("* argument may appear only once", loc);
        }
        sawStar = true;
        if (name == null) {
            bareStar = loc;
        } else {
            varArg = arg(name, annotation == null ? null : expressions.test(annotation));
        }
    }

    private void doubleStar(Loc loc, TerminalNode name, TestContext annotation) {
        noParameterAfterKwArg(loc);
        checkBareStar();
        kwArg = arg(name, annotation == null ? null : expressions.test(annotation));
    }

    private void slash(Loc loc) {
        noParameterAfterKwArg(loc);
        if (sawSlash) {
            throw targets.error("/ may appear only once", loc);
        }
        if (sawStar) {
            throw targets.error("/ must be ahead of *", loc);
        }
        if (positional.isEmpty()) {
            throw targets.error("at least one argument must precede /", loc);
        }
        sawSlash = true;
        positionalOnly = List.copyOf(positional);
        positional.clear();
    }

    private void noParameterAfterKwArg(Loc loc) {
        if (kwArg != null) {
            throw targets.error("arguments cannot follow var-keyword argument", loc);
        }
    }

    private void checkBareStar() {
        if (bareStar != null) {
            throw targets.error("named arguments must follow bare *", bareStar);
        }
    }

    private Expr.Arg arg(TerminalNode name, Expr annotation) {
        Loc loc = expressions.locations().of(name.getSymbol());
        targets.checkNotDebug(name.getText(), loc);
        if (!names.add(name.getText())) {
            throw targets.error("duplicate argument '" + name.getText() + "' in function definition", loc);
        }
        return new Expr.Arg(loc, expressions.scopes().mangle(name.getText()), annotation);
    }

    private Expr.Arguments finish() {
        checkBareStar();
        return new Expr.Arguments(positionalOnly, List.copyOf(positional), varArg, List.copyOf(keywordOnly),
                        java.util.Collections.unmodifiableList(new ArrayList<>(keywordDefaults)), kwArg,
                        List.copyOf(defaults));
    }
}
