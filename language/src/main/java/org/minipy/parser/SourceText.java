package org.minipy.parser;

import org.antlr.v4.runtime.Token;

/**
 * The text being parsed and its file name, shared by the lexer, the parser's error strategy and the AstBuilder so
 * that each can raise a {@link PythonSyntaxError} that carries the offending source line.
 */
final class SourceText {
    final String text;
    final String filename;
    /** Offsets (in code points) where each line starts; lineStarts[0] is line 1. */
    private final int[] lineStarts;
    private final int[] codePoints;

    SourceText(String text, String filename) {
        this.text = text;
        this.filename = filename;
        this.codePoints = text.codePoints().toArray();
        int count = 1;
        for (int i = 0; i < codePoints.length; i++) {
            if (isLineBreakAt(i)) {
                count++;
            }
        }
        lineStarts = new int[count];
        int line = 1;
        for (int i = 0; i < codePoints.length; i++) {
            if (isLineBreakAt(i)) {
                lineStarts[line++] = codePoints[i] == '\r' && i + 1 < codePoints.length && codePoints[i + 1] == '\n'
                                ? i + 2 : i + 1;
            }
        }
    }

    /** A line break ends at i: '\n', or a '\r' not followed by '\n'. */
    private boolean isLineBreakAt(int i) {
        return codePoints[i] == '\n' || (codePoints[i] == '\r' && (i + 1 >= codePoints.length || codePoints[i + 1] != '\n'));
    }

    /** The text of a 1-based line without its line break; empty when out of range. */
    String line(int lineNumber) {
        if (lineNumber < 1 || lineNumber > lineStarts.length) {
            return "";
        }
        int start = lineStarts[lineNumber - 1];
        int end = start;
        while (end < codePoints.length && codePoints[end] != '\n' && codePoints[end] != '\r') {
            end++;
        }
        return new String(codePoints, start, end - start);
    }

    /** The number of the last line, as CPython's tokenizer counts it (a final line break starts no new line). */
    int lastLine() {
        boolean endsWithBreak = codePoints.length > 0 && (codePoints[codePoints.length - 1] == '\n' || codePoints[codePoints.length - 1] == '\r');
        return endsWithBreak ? lineStarts.length - 1 : lineStarts.length;
    }

    PythonSyntaxError error(String kind, String message, int line, int column, int endColumn) {
        return new PythonSyntaxError(kind, message, filename, line, column, endColumn, line(line));
    }

    PythonSyntaxError syntaxError(String message, int line, int column, int endColumn) {
        return error(PythonSyntaxError.SYNTAX_ERROR, message, line, column, endColumn);
    }

    /** A SyntaxError that covers one token (CPython's offset and end_offset are 1-based). */
    PythonSyntaxError syntaxErrorAt(String message, Token token) {
        int start = token.getCharPositionInLine() + 1;
        return syntaxError(message, token.getLine(), start, start + tokenWidth(token));
    }

    /** The width of a token on its first line, in code points; 0 for synthetic tokens and line breaks. */
    static int tokenWidth(Token token) {
        String text = token.getText();
        if (text == null || token.getType() == Token.EOF) {
            return 0;
        }
        int newline = text.indexOf('\n');
        int cr = text.indexOf('\r');
        int end = newline < 0 ? cr : (cr < 0 ? newline : Math.min(newline, cr));
        String firstLine = end < 0 ? text : text.substring(0, end);
        return firstLine.codePointCount(0, firstLine.length());
    }
}
