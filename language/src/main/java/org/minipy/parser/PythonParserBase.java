package org.minipy.parser;

import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/**
 * Helpers that the generated PythonParser calls from the grammar: the soft-keyword test and the refusal of the
 * {@code match} statement, which MiniPy does not support.
 */
public abstract class PythonParserBase extends Parser {
    private SourceText source;

    protected PythonParserBase(TokenStream input) {
        super(input);
    }

    void setSource(SourceText source) {
        this.source = source;
    }

    /** True when the next token is the NAME {@code word} (a soft keyword such as {@code match}). */
    protected boolean isSoftKeyword(String word) {
        Token next = _input.LT(1);
        return next.getType() == PythonLexer.NAME && word.equals(next.getText());
    }

    /** Called once 'match subject:' and its indented block have been recognised. */
    protected void refuseMatchStatement() {
        Token match = _ctx.start;
        int column = match.getCharPositionInLine() + 1;
        throw source.syntaxError("MiniPy does not support the 'match' statement", match.getLine(), column,
                        column + match.getText().length());
    }
}
