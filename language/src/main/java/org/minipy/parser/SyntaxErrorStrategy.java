package org.minipy.parser;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.tree.ParseTree;

import org.minipy.parser.PythonParser.*;

/**
 * The parser's error strategy: instead of ANTLR's recovery and console messages, the first syntax error becomes a
 * {@link PythonSyntaxError} with the message CPython 3.11 gives in the same situation. CPython's parser knows many
 * special error rules; the common ones are recognised here from the offending token, the tokens the parser expected
 * and the rule it was in. Everything else is CPython's generic "invalid syntax" at the offending token.
 */
final class SyntaxErrorStrategy extends DefaultErrorStrategy {
    private final SourceText source;
    private Token offending;

    SyntaxErrorStrategy(SourceText source) {
        this.source = source;
    }

    @Override
    public void reportError(Parser parser, RecognitionException e) {
        Token offending = e.getOffendingToken() != null ? e.getOffendingToken() : parser.getCurrentToken();
        throw translate(parser, offending, parser.getExpectedTokens());
    }

    @Override
    public Token recoverInline(Parser parser) {
        throw translate(parser, parser.getCurrentToken(), parser.getExpectedTokens());
    }

    @Override
    public void recover(Parser parser, RecognitionException e) {
        throw translate(parser, e.getOffendingToken(), parser.getExpectedTokens());
    }

    // ANTLR's single-token deletion and insertion would quietly repair the input: report instead.
    @Override
    protected void reportUnwantedToken(Parser parser) {
        throw translate(parser, parser.getCurrentToken(), parser.getExpectedTokens());
    }

    @Override
    protected void reportMissingToken(Parser parser) {
        throw translate(parser, parser.getCurrentToken(), parser.getExpectedTokens());
    }

    /** The token at which the last error was found, for MiniPyParser's check of unclosed brackets. */
    Token offendingToken() {
        return offending;
    }

    private PythonSyntaxError translate(Parser parser, Token token, IntervalSet expected) {
        offending = token;
        ParserRuleContext context = parser.getContext();
        TokenStream tokens = parser.getInputStream();
        int type = token.getType();
        if (type == PythonLexer.COLON && token.getTokenIndex() > 1 && tokens.get(token.getTokenIndex() - 1).getType() == PythonLexer.STAR
                        && tokens.get(token.getTokenIndex() - 2).getType() == PythonLexer.EXCEPT) {
            return atToken("expected one or more exception types", token);
        }
        if (type == PythonLexer.INDENT) {
            return source.error(PythonSyntaxError.INDENTATION_ERROR, "unexpected indent", token.getLine(),
                            token.getText().length(), -1);
        }
        if (expected.contains(PythonLexer.INDENT)) {
            PythonSyntaxError error = expectedIndentedBlock(context, token, tokens);
            if (error != null) {
                return error;
            }
        }
        Token before = token.getTokenIndex() > 0 ? tokens.get(token.getTokenIndex() - 1) : null;
        if (context instanceof FuncdefContext && type != PythonLexer.LPAR && before != null && before.getType() == PythonLexer.NAME
                        && token.getTokenIndex() > 1 && tokens.get(token.getTokenIndex() - 2).getType() == PythonLexer.DEF) {
            return atToken("expected '('", token);
        }
        if (context instanceof Except_clauseContext c && type == PythonLexer.COMMA && c.test() != null) {
            // Python 2's "except A, e:"
            Token last = token;
            try { // the rest of the line may not have been read yet
                for (int k = 2; tokens.LT(k).getType() != PythonLexer.COLON && tokens.LT(k).getType() != PythonLexer.NEWLINE
                                && tokens.LT(k).getType() != Token.EOF && tokens.LT(k).getType() != PythonLexer.AS; k++) {
                    last = tokens.LT(k);
                }
            } catch (PythonSyntaxError tokenizerError) {
                // keep the comma as the end
            }
            return source.syntaxError("multiple exception types must be parenthesized", c.test().start.getLine(),
                            c.test().start.getCharPositionInLine() + 1, endColumn(last));
        }
        if (before != null && before.getType() == PythonLexer.COLON && innermostBracket(context) instanceof BraceAtomContext
                        && (type == PythonLexer.RBRACE || type == PythonLexer.COMMA || type == PythonLexer.NEWLINE)) {
            return atToken("expression expected after dictionary key and ':'", before);
        }
        if (expected.contains(PythonLexer.COLON) && expectsColonHere(context, token)) {
            return atToken("expected ':'", token);
        }
        if (context instanceof TestContext && expected.contains(PythonLexer.ELSE) && type != PythonLexer.COLON) {
            Token previous = tokens.get(token.getTokenIndex() - 1);
            return source.syntaxError("expected 'else' after 'if' expression", context.start.getLine(),
                            context.start.getCharPositionInLine() + 1, endColumn(previous));
        }
        if (context instanceof Try_stmtContext && (expected.contains(PythonLexer.EXCEPT) || expected.contains(PythonLexer.FINALLY))) {
            if (token.getType() == Token.EOF) {
                // At the end of input CPython names the try block's last line.
                Token last = tokens.get(Math.max(0, token.getTokenIndex() - 1));
                while (last.getTokenIndex() > 0 && (last.getType() == PythonLexer.NEWLINE || last.getType() == PythonLexer.DEDENT)) {
                    last = tokens.get(last.getTokenIndex() - 1);
                }
                int line = last.getLine();
                return source.error(PythonSyntaxError.SYNTAX_ERROR, "expected 'except' or 'finally' block", line, source.line(line).length() + 1, -1);
            }
            return atToken("expected 'except' or 'finally' block", token);
        }
        if (type == PythonLexer.FOR || type == PythonLexer.ASYNC) {
            // f(*a for a in b): a starred argument followed by 'for'
            for (ParserRuleContext c = context; c != null && !(c instanceof StmtContext); c = c.getParent()) {
                ArglistContext args = c instanceof ArglistContext a ? a : c instanceof CallTrailerContext t ? t.arglist() : null;
                if (args != null && !args.argument().isEmpty()) {
                    if (args.argument(args.argument().size() - 1) instanceof StarArgumentContext star) {
                        return source.syntaxError("iterable unpacking cannot be used in comprehension", star.start.getLine(),
                                        star.start.getCharPositionInLine() + 1, endColumn(star.stop));
                    }
                    break;
                }
            }
        }
        PythonSyntaxError parameter = badParameter(context, token, tokens);
        if (parameter != null) {
            return parameter;
        }
        if (type == PythonLexer.STAR && before != null && before.getType() == PythonLexer.COLON
                        && innermostBracket(context) instanceof BraceAtomContext) {
            Token operand = tokens.LT(2);
            int end = operand.getType() == PythonLexer.NAME ? endColumn(operand) : endColumn(token);
            return source.syntaxError("cannot use a starred expression in a dictionary value", token.getLine(),
                            token.getCharPositionInLine() + 1, end);
        }
        if (type == PythonLexer.EQUAL) {
            // yield = 1, x = yield = 1: the target before '=' is a bare yield expression
            int i = token.getTokenIndex() - 1;
            while (i > 0 && tokens.get(i - 1).getType() != PythonLexer.EQUAL && !endsStatement(tokens.get(i - 1))) {
                i--;
            }
            Token first = tokens.get(Math.max(i, 0));
            if (first.getType() == PythonLexer.YIELD && before != null) {
                return source.syntaxError("assignment to yield expression not possible", first.getLine(),
                                first.getCharPositionInLine() + 1, endColumn(before));
            }
        }
        if (type == PythonLexer.NEWLINE && statementStart(token, tokens).getType() == PythonLexer.WITH) {
            return atToken("expected ':'", token);
        }
        PythonSyntaxError target = unparenthesizedComprehensionTarget(context, token, tokens);
        if (target != null) {
            return target;
        }
        PythonSyntaxError assignment = assignmentInCondition(context, token, tokens);
        if (assignment != null) {
            return assignment;
        }
        PythonSyntaxError legacy = missingParenthesesInCall(context, token, tokens);
        if (legacy != null) {
            return legacy;
        }
        PythonSyntaxError comma = forgottenComma(context, token, tokens);
        if (comma != null) {
            return comma;
        }
        return atToken("invalid syntax", token);
    }

    /**
     * Mistakes in a parameter list that CPython names: a default for {@code *args} or {@code **kwargs}, a missing
     * default value after '=', a parenthesized parameter (Python 2's tuple parameters).
     */
    private PythonSyntaxError badParameter(ParserRuleContext context, Token token, TokenStream tokens) {
        boolean inDef = false;
        boolean inLambda = false;
        for (ParserRuleContext c = context; c != null && !(c instanceof StmtContext); c = c.getParent()) {
            if (c instanceof TypedargslistContext || c instanceof FuncdefContext) {
                inDef = true;
                break;
            }
            if (c instanceof VarargslistContext || c instanceof LambdefContext) {
                inLambda = true;
                break;
            }
        }
        if (!inDef && !inLambda) {
            return null;
        }
        int index = token.getTokenIndex();
        Token before = index > 0 ? tokens.get(index - 1) : null;
        Token twoBefore = index > 1 ? tokens.get(index - 2) : null;
        int type = token.getType();
        if (type == PythonLexer.EQUAL && before != null && before.getType() == PythonLexer.NAME && twoBefore != null) {
            if (twoBefore.getType() == PythonLexer.DOUBLESTAR) {
                return atToken("var-keyword argument cannot have default value", token);
            }
            if (twoBefore.getType() == PythonLexer.STAR) {
                return earlierStar(tokens, index - 2) ? atToken("invalid syntax", twoBefore)
                                : atToken("var-positional argument cannot have default value", token);
            }
        }
        if (inDef && before != null && before.getType() == PythonLexer.EQUAL
                        && (type == PythonLexer.COMMA || type == PythonLexer.RPAR)) {
            return atToken("expected default value expression", before);
        }
        if (inDef && type == PythonLexer.LPAR && before != null
                        && (before.getType() == PythonLexer.LPAR || before.getType() == PythonLexer.COMMA)) {
            int depth = 0;
            Token last = token;
            for (int k = 1; ; k++) {
                Token t = tokens.LT(k);
                if (t.getType() == Token.EOF || t.getType() == PythonLexer.NEWLINE) {
                    return null;
                }
                depth += t.getType() == PythonLexer.LPAR ? 1 : t.getType() == PythonLexer.RPAR ? -1 : 0;
                last = t;
                if (depth == 0) {
                    break;
                }
            }
            return source.syntaxError("Function parameters cannot be parenthesized", token.getLine(),
                            token.getCharPositionInLine() + 1, endColumn(last));
        }
        return null;
    }

    /** Whether a '*' comes before token {@code index} in the same parameter list (then CPython says invalid syntax there). */
    private static boolean earlierStar(TokenStream tokens, int index) {
        int depth = 0;
        for (int i = index - 1; i >= 0; i--) {
            int t = tokens.get(i).getType();
            if (t == PythonLexer.RPAR || t == PythonLexer.RSQB || t == PythonLexer.RBRACE) {
                depth++;
            } else if (t == PythonLexer.LPAR || t == PythonLexer.LSQB || t == PythonLexer.LBRACE) {
                if (depth-- == 0) {
                    return false;
                }
            } else if (depth == 0 && (t == PythonLexer.LAMBDA || endsStatement(tokens.get(i)))) {
                return false;
            } else if (depth == 0 && t == PythonLexer.STAR) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsStatement(Token token) {
        int t = token.getType();
        return t == PythonLexer.NEWLINE || t == PythonLexer.SEMI || t == PythonLexer.INDENT || t == PythonLexer.DEDENT;
    }

    /** The first token of the statement that {@code token} is in. */
    private static Token statementStart(Token token, TokenStream tokens) {
        int i = token.getTokenIndex();
        while (i > 0 && !endsStatement(tokens.get(i - 1))) {
            i--;
        }
        return tokens.get(i);
    }

    /** CPython's generic location: the offending token, or the end of the previous line for a line break. */
    private PythonSyntaxError atToken(String message, Token token) {
        int column = token.getCharPositionInLine() + 1;
        int end = token.getType() == PythonLexer.NEWLINE || token.getType() == Token.EOF ? column
                        : column + SourceText.tokenWidth(token);
        return source.syntaxError(message, token.getLine(), column, end);
    }

    private static int endColumn(Token token) {
        return token.getCharPositionInLine() + SourceText.tokenWidth(token) + 1;
    }

    /** "expected an indented block after 'if' statement on line 1", when a block's first line is not indented. */
    private PythonSyntaxError expectedIndentedBlock(ParserRuleContext context, Token token, TokenStream tokens) {
        if (!(context instanceof BlockContext) || context.getParent() == null) {
            return null;
        }
        ParserRuleContext owner = context.getParent();
        String what = switch (owner) {
            case If_stmtContext c -> "'if' statement";
            case Elif_clauseContext c -> "'elif' statement";
            case Else_clauseContext c -> "'else' statement";
            case While_stmtContext c -> "'while' statement";
            case For_stmtContext c -> "'for' statement";
            case Try_stmtContext c -> "'try' statement";
            case Except_clauseContext c -> "'except' statement";
            case Finally_clauseContext c -> "'finally' statement";
            case With_stmtContext c -> "'with' statement";
            case FuncdefContext c -> "function definition";
            case ClassdefContext c -> "class definition";
            default -> null;
        };
        if (what == null) {
            return null;
        }
        String message = "expected an indented block after " + what + " on line " + owner.start.getLine();
        if (token.getType() == Token.EOF || token.getType() == PythonLexer.DEDENT) {
            // At the end of input CPython points just after the header line.
            Token previous = tokens.get(Math.max(0, token.getTokenIndex() - 1));
            while (previous.getTokenIndex() > 0 && previous.getType() != PythonLexer.NEWLINE) {
                previous = tokens.get(previous.getTokenIndex() - 1);
            }
            int headerLine = previous.getLine();
            return source.error(PythonSyntaxError.INDENTATION_ERROR, message, headerLine,
                            source.line(headerLine).length() + 1, -1);
        }
        int column = token.getCharPositionInLine() + 1;
        return source.error(PythonSyntaxError.INDENTATION_ERROR, message, token.getLine(), column,
                        column + SourceText.tokenWidth(token));
    }

    /**
     * CPython says "expected ':'" when a compound statement's header ends without its colon, and after the header of
     * def, try, else and finally whatever follows.
     */
    private static boolean expectsColonHere(ParserRuleContext context, Token token) {
        boolean header = context instanceof If_stmtContext || context instanceof Elif_clauseContext
                        || context instanceof Else_clauseContext || context instanceof While_stmtContext
                        || context instanceof For_stmtContext || context instanceof Try_stmtContext
                        || context instanceof Except_clauseContext || context instanceof Finally_clauseContext
                        || context instanceof With_stmtContext || context instanceof FuncdefContext
                        || context instanceof ClassdefContext;
        if (!header) {
            return false;
        }
        boolean anyTokenWillDo = context instanceof FuncdefContext || context instanceof Try_stmtContext
                        || context instanceof Else_clauseContext || context instanceof Finally_clauseContext;
        return anyTokenWillDo || token.getType() == PythonLexer.NEWLINE;
    }

    /**
     * {@code [x, x**2 for x in r]}: a display with several elements followed by 'for'. CPython points from the first
     * element to the last one (a trailing comma left out).
     */
    private PythonSyntaxError unparenthesizedComprehensionTarget(ParserRuleContext context, Token token, TokenStream tokens) {
        if (token.getType() != PythonLexer.FOR && token.getType() != PythonLexer.ASYNC) {
            return null;
        }
        ParserRuleContext bracket = innermostBracket(context);
        if (!(bracket instanceof ListAtomContext) && !(bracket instanceof BraceAtomContext)) {
            return null;
        }
        Token first = tokens.get(bracket.start.getTokenIndex() + 1);
        if (bracket instanceof BraceAtomContext brace && brace.dictorsetmaker() != null
                        && brace.dictorsetmaker().brace_item(0).COLON() != null) {
            return null; // a dict display: CPython reports the missing ':' instead
        }
        Token last = tokens.get(token.getTokenIndex() - 1);
        if (last.getType() == PythonLexer.COMMA) {
            last = tokens.get(last.getTokenIndex() - 1);
        }
        if (last.getTokenIndex() < first.getTokenIndex()) {
            return null;
        }
        return source.syntaxError("did you forget parentheses around the comprehension target?", first.getLine(),
                        first.getCharPositionInLine() + 1, endColumn(last));
    }

    /** {@code print "x"}: Python 2's print statement. */
    private PythonSyntaxError missingParenthesesInCall(ParserRuleContext context, Token token, TokenStream tokens) {
        ParserRuleContext statement = context;
        while (statement != null && !(statement instanceof Simple_stmtContext)
                        && !(statement instanceof Simple_stmtsContext)) {
            statement = statement.getParent();
        }
        if (statement instanceof Simple_stmtsContext line && !line.simple_stmt().isEmpty()) {
            statement = line.simple_stmt(line.simple_stmt().size() - 1);
        }
        if (statement == null || token.getTokenIndex() != statement.start.getTokenIndex() + 1) {
            return null;
        }
        String name = statement.start.getText();
        if (statement.start.getType() != PythonLexer.NAME || !("print".equals(name) || "exec".equals(name))
                        || !canStartExpression(token)) {
            return null;
        }
        Token last = token;
        for (int i = token.getTokenIndex(); i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.getType() == PythonLexer.NEWLINE || t.getType() == PythonLexer.SEMI || t.getType() == Token.EOF) {
                break;
            }
            last = t;
        }
        return source.syntaxError("Missing parentheses in call to '" + name + "'. Did you mean " + name + "(...)?",
                        statement.start.getLine(), statement.start.getCharPositionInLine() + 1, endColumn(last));
    }

    /**
     * {@code if x = 3:} or {@code [x = 3]}: '=' after an expression where only an expression may stand. CPython
     * suggests '==' or ':=' after a name and '==' after anything else it could not assign to here.
     */
    private PythonSyntaxError assignmentInCondition(ParserRuleContext context, Token token, TokenStream tokens) {
        if (token.getType() != PythonLexer.EQUAL) {
            return null;
        }
        int index = token.getTokenIndex();
        Token previous = tokens.get(index - 1);
        Token value;
        Token after;
        try { // the tokens after the error may not have been read yet
            value = tokens.LT(2);
            after = tokens.LT(3);
        } catch (PythonSyntaxError tokenizerError) {
            return null;
        }
        if (value.getTokenIndex() != index + 1 || !canStartExpression(value)
                        || after.getType() == PythonLexer.EQUAL || after.getType() == PythonLexer.COLONEQUAL) {
            return null;
        }
        // The error is found in the innermost rule of the expression before '=' (a loop looking for more trailers or
        // operators), or, once it is complete, in the statement; either way the expression is a named expression
        // directly under a condition or a bracket display.
        ParserRuleContext left = null;
        ParserRuleContext complete = context;
        for (ParserRuleContext c = context; c != null && left == null; c = c.getParent()) {
            if (c instanceof Namedexpr_testContext && isConditionOrDisplay(c.getParent())) {
                left = c;
            } else if (isConditionOrDisplay(c)) {
                complete = c; // the expression before '=' is its complete last element
                break;
            }
        }
        for (ParseTree c = complete; left == null && c != null && c.getChildCount() > 0;) {
            c = c.getChild(c.getChildCount() - 1);
            if (!(c instanceof ParserRuleContext r) || r.stop == null || r.stop.getTokenIndex() != previous.getTokenIndex()) {
                break;
            }
            if (r instanceof Namedexpr_testContext && isConditionOrDisplay(r.getParent())) {
                left = r;
            }
        }
        if (left != null && left.getParent() instanceof PositionalArgumentContext) {
            String text = left.getText();
            if (left.start == previous && (text.equals("True") || text.equals("False") || text.equals("None"))) {
                return atToken("cannot assign to " + text, previous);
            }
            return source.syntaxError("expression cannot contain assignment, perhaps you meant \"==\"?", left.start.getLine(),
                            left.start.getCharPositionInLine() + 1, endColumn(token));
        }
        if (left != null && left.getParent() instanceof Brace_itemContext && left.getParent().getParent() instanceof DictorsetmakerContext d
                        && d.brace_item(0).value != null) {
            return null; // in a dict display CPython complains about the missing ':'
        }
        // only a bitwise-or level expression counts: walk down through the single-child levels above it
        ParseTree node = left;
        while (node != null && !(node instanceof ExprContext)) {
            node = node.getChildCount() == 1 ? node.getChild(0) : null;
        }
        if (node == null) {
            return null;
        }
        Token start = ((ParserRuleContext) node).start;
        ParseTree leaf = node;
        while (leaf.getChildCount() == 1 && !(leaf instanceof Atom_exprContext)) {
            leaf = leaf.getChild(0);
        }
        String what;
        if (leaf instanceof Atom_exprContext atomExpr && atomExpr.AWAIT() == null) {
            int trailers = atomExpr.trailer().size();
            if (trailers == 0) {
                what = switch (atomExpr.atom()) {
                    case NameAtomContext n -> null;
                    case NumberAtomContext n -> "literal";
                    case StringAtomContext n -> "literal";
                    case EllipsisAtomContext n -> "ellipsis";
                    default -> "";
                };
                if (what == null) {
                    return source.syntaxError("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", start.getLine(),
                                    start.getCharPositionInLine() + 1, endColumn(value));
                }
                if (what.isEmpty()) {
                    return null; // lists, tuples, True/None/False, displays: CPython's generic message
                }
            } else {
                what = switch (atomExpr.trailer(trailers - 1)) {
                    case CallTrailerContext c -> "function call";
                    case SubscriptTrailerContext c -> "subscript";
                    default -> "attribute";
                };
            }
        } else {
            what = "expression";
        }
        return source.syntaxError("cannot assign to " + what + " here. Maybe you meant '==' instead of '='?", start.getLine(),
                        start.getCharPositionInLine() + 1, endColumn(previous));
    }

    private static boolean isConditionOrDisplay(ParserRuleContext c) {
        return c instanceof If_stmtContext || c instanceof Elif_clauseContext || c instanceof While_stmtContext
                        || c instanceof Testlist_compContext || c instanceof Brace_itemContext || c instanceof SubscriptContext
                        || c instanceof PositionalArgumentContext;
    }

    /** {@code [a b]} or {@code f(a b)}: two expressions side by side inside brackets. */
    private PythonSyntaxError forgottenComma(ParserRuleContext context, Token token, TokenStream tokens) {
        if (!canStartExpression(token) || token.getTokenIndex() == 0 || !insideBrackets(context)) {
            return null;
        }
        Token previous = tokens.get(token.getTokenIndex() - 1);
        if (!canEndExpression(previous)
                        || previous.getType() == PythonLexer.NAME && token.getType() == PythonLexer.STRING) {
            return null;
        }
        ParseTree left = null;
        for (int i = context.getChildCount() - 1; i >= 0 && left == null; i--) {
            if (context.getChild(i) instanceof ParserRuleContext child && child.stop != null
                            && child.stop.getTokenIndex() == previous.getTokenIndex()) {
                left = child;
            }
        }
        if (left == null) {
            return null;
        }
        // In a comma-separated list the expression before the error is the list's last element.
        while (left instanceof ArglistContext || left instanceof Testlist_compContext
                        || left instanceof DictorsetmakerContext || left instanceof SubscriptlistContext) {
            ParserRuleContext list = (ParserRuleContext) left;
            left = list.getChild(ParserRuleContext.class, list.getRuleContexts(ParserRuleContext.class).size() - 1);
        }
        Token start = ((ParserRuleContext) left).start;
        if (start.getLine() != token.getLine()) {
            return null;
        }
        return source.syntaxError("invalid syntax. Perhaps you forgot a comma?", start.getLine(),
                        start.getCharPositionInLine() + 1, endColumn(token));
    }

    private static ParserRuleContext innermostBracket(ParserRuleContext context) {
        for (ParserRuleContext c = context; c != null && !(c instanceof StmtContext); c = c.getParent()) {
            if (c instanceof ParenAtomContext || c instanceof ListAtomContext || c instanceof BraceAtomContext
                            || c instanceof CallTrailerContext || c instanceof SubscriptTrailerContext || c instanceof LambdefContext) {
                return c;
            }
        }
        return null;
    }

    private static boolean insideBrackets(ParserRuleContext context) {
        for (ParserRuleContext c = context; c != null; c = c.getParent()) {
            if (c instanceof ParenAtomContext || c instanceof ListAtomContext || c instanceof BraceAtomContext
                            || c instanceof CallTrailerContext || c instanceof SubscriptTrailerContext) {
                return true;
            }
            if (c instanceof StmtContext) {
                return false;
            }
        }
        return false;
    }

    private static boolean canStartExpression(Token token) {
        return switch (token.getType()) {
            case PythonLexer.NAME, PythonLexer.INTEGER, PythonLexer.FLOAT_NUMBER, PythonLexer.IMAG_NUMBER,
                            PythonLexer.STRING, PythonLexer.NONE, PythonLexer.TRUE, PythonLexer.FALSE,
                            PythonLexer.ELLIPSIS, PythonLexer.LPAR, PythonLexer.LSQB, PythonLexer.LBRACE,
                            PythonLexer.MINUS, PythonLexer.PLUS, PythonLexer.TILDE, PythonLexer.NOT,
                            PythonLexer.LAMBDA, PythonLexer.AWAIT -> true;
            default -> false;
        };
    }

    private static boolean canEndExpression(Token token) {
        return switch (token.getType()) {
            case PythonLexer.NAME, PythonLexer.INTEGER, PythonLexer.FLOAT_NUMBER, PythonLexer.IMAG_NUMBER,
                            PythonLexer.STRING, PythonLexer.NONE, PythonLexer.TRUE, PythonLexer.FALSE,
                            PythonLexer.ELLIPSIS, PythonLexer.RPAR, PythonLexer.RSQB, PythonLexer.RBRACE -> true;
            default -> false;
        };
    }
}
