package org.minipy.parser;

import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/**
 * Helpers that the generated PythonParser calls from the grammar: the refusal of the {@code match} statement, which
 * MiniPy does not support.
 */
public abstract class PythonParserBase extends Parser {
    private SourceText source;

    protected PythonParserBase(TokenStream input) {
        super(input);
    }

    void setSource(SourceText source) {
        this.source = source;
    }

    /** Called when a match statement starts. */
    protected void refuseMatchStatement() {
        Token match = _ctx.start;
        int column = match.getCharPositionInLine() + 1;
        throw source.syntaxError("MiniPy does not support the 'match' statement", match.getLine(), column,
                        column + match.getText().length());
    }
}
