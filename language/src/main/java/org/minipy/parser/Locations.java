package org.minipy.parser;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

import org.minipy.ast.Expr;
import org.minipy.ast.Loc;

/**
 * Source locations for AST nodes, computed from parse-tree tokens: 1-based lines and 0-based columns as in CPython's
 * {@code ast} module. A node ends at its last real token; the synthetic NEWLINE/DEDENT tokens that close a compound
 * statement are skipped.
 */
final class Locations {
    private final TokenStream tokens;

    Locations(TokenStream tokens) {
        this.tokens = tokens;
    }

    Loc of(ParserRuleContext context) {
        return span(context.start, context.stop != null ? context.stop : context.start);
    }

    Loc of(Token token) {
        return span(token, token);
    }

    /** From the start of {@code first} to the end of {@code last}, skipping layout tokens at the end. */
    Loc span(Token first, Token last) {
        Token end = lastRealToken(last, first);
        String text = end.getText() == null ? "" : end.getText();
        int endLine = end.getLine();
        int endCol = end.getCharPositionInLine();
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                endLine++;
                lineStart = i + 1;
                endCol = 0;
            }
        }
        endCol += text.codePointCount(lineStart, text.length());
        return new Loc(first.getLine(), first.getCharPositionInLine(), endLine, endCol);
    }

    static Loc span(Loc first, Loc last) {
        return new Loc(first.line(), first.col(), last.endLine(), last.endCol());
    }

    static Loc span(Expr first, Expr last) {
        return span(first.loc(), last.loc());
    }

    private Token lastRealToken(Token last, Token first) {
        Token token = last;
        while (isLayout(token) && token.getTokenIndex() > first.getTokenIndex()) {
            token = tokens.get(token.getTokenIndex() - 1);
        }
        return token;
    }

    private static boolean isLayout(Token token) {
        int type = token.getType();
        return type == PythonLexer.NEWLINE || type == PythonLexer.INDENT || type == PythonLexer.DEDENT
                        || type == Token.EOF;
    }
}
