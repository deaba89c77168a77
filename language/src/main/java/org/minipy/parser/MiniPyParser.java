package org.minipy.parser;

import java.util.function.Function;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

import org.minipy.ast.Expr;
import org.minipy.ast.Stmt;

/**
 * The entry point of MiniPy's front end: source text in, AST out (the scope analysis and the bytecode compiler take
 * it from there). Bad input always ends in a {@link PythonSyntaxError}; ANTLR never prints anything.
 *
 * Parsing runs in two stages, as ANTLR recommends for speed: first the fast SLL prediction mode, which bails out on
 * the first problem; only if that fails, the full LL mode, which is exact and reports the error. As in CPython, an
 * error found by the tokenizer anywhere later in the file takes precedence over a parser error (see
 * {@link #preferTokenizerError}).
 */
public final class MiniPyParser {
    private MiniPyParser() {
    }

    /** Parses a whole module ("exec" mode). */
    public static Stmt.Module parse(String source, String filename) {
        SourceText text = new SourceText(source, filename);
        Parsed<PythonParser.File_inputContext> parsed = run(text, false, PythonParser::file_input);
        return new AstBuilder(text, parsed.tokens).module(parsed.tree);
    }

    /** Parses the input of eval(): one expression (list), surrounding whitespace and line breaks allowed. */
    public static Expr parseExpression(String source, String filename) {
        SourceText text = new SourceText(source, filename);
        Parsed<PythonParser.Eval_inputContext> parsed = run(text, true, PythonParser::eval_input);
        return new AstBuilder(text, parsed.tokens).evalInput(parsed.tree);
    }

    /**
     * Parses the expression of an f-string replacement field. The text is padded so that its tokens carry their
     * real lines and columns in the enclosing file, and wrapped in parentheses as CPython does.
     */
    static Expr parseFStringField(SourceText file, String expression, int line, int column,
                    EnclosingScopes scopes) {
        String padded = "\n".repeat(line - 1) + " ".repeat(Math.max(0, column - 1)) + "(" + expression + ")";
        SourceText text = new SourceText(padded, file.filename);
        try {
            Parsed<PythonParser.Eval_inputContext> parsed = run(text, true, PythonParser::eval_input);
            return new AstBuilder(text, parsed.tokens, scopes).evalInput(parsed.tree);
        } catch (PythonSyntaxError e) {
            throw new PythonSyntaxError(e.kind, "f-string: " + e.message, file.filename, e.line, e.column,
                            e.endColumn, file.line(e.line));
        }
    }

    private record Parsed<T>(T tree, CommonTokenStream tokens) {
    }

    private static <T extends ParserRuleContext> Parsed<T> run(SourceText text, boolean expressionMode,
                    Function<PythonParser, T> rule) {
        PythonLexer lexer = new PythonLexer(CharStreams.fromString(text.text, text.filename));
        lexer.removeErrorListeners();
        lexer.setSource(text);
        lexer.setExpressionMode(expressionMode);
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        PythonParser parser = new PythonParser(tokens);
        parser.removeErrorListeners();
        parser.setSource(text);
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        try {
            return new Parsed<>(rule.apply(parser), tokens);
        } catch (ParseCancellationException sllFailed) {
            tokens.seek(0);
            parser.reset();
            SyntaxErrorStrategy errors = new SyntaxErrorStrategy(text);
            parser.setErrorHandler(errors);
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            try {
                return new Parsed<>(rule.apply(parser), tokens);
            } catch (PythonSyntaxError parseError) {
                if (errors.offendingToken() != null) {
                    FStringParser.checkFStringsBefore(text, tokens, errors.offendingToken());
                }
                throw preferTokenizerError(parseError, errors.offendingToken(), tokens);
            }
        }
    }

    /**
     * CPython tokenizes the rest of the file after a parser error: a tokenizer error there (an unterminated string, an
     * invalid character) is reported instead, and so is a bracket left open at the end of the file if it was opened
     * on an earlier line than the parser error or if the parser error is at the last token (CPython's parser has
     * then already asked for the end of the input). Indentation problems found this way do not count.
     */
    private static PythonSyntaxError preferTokenizerError(PythonSyntaxError parseError, Token offending,
                    CommonTokenStream tokens) {
        if (parseError.message.equals("unexpected indent")) {
            return parseError;
        }
        boolean atLastToken = offending != null && offending.getTokenIndex() == tokens.size() - 1;
        try {
            tokens.fill();
        } catch (PythonSyntaxError tokenizerError) {
            if (!tokenizerError.kind.equals(PythonSyntaxError.SYNTAX_ERROR)) {
                return parseError;
            }
            if (tokenizerError.message.endsWith("was never closed")) {
                return parseError.line > tokenizerError.line || atLastToken ? tokenizerError : parseError;
            }
            return tokenizerError;
        }
        return parseError;
    }
}
