package org.minipy.compiler;

import com.oracle.truffle.api.source.Source;

import org.minipy.ast.Loc;

/**
 * Turns the AST's positions (1-based lines, columns counted in code points, as CPython's {@code ast} counts
 * characters) into the character offsets of a Truffle source section (UTF-16 units), for the source sections the
 * compiler puts around statements and expressions. Only lines with characters outside the BMP need a conversion.
 */
final class SourceOffsets {
    private final Source source;
    /** The last line looked at, and its text when it has characters outside the BMP (else null). */
    private int astralLine = -1;
    private String astralText;

    SourceOffsets(Source source) {
        this.source = source;
    }

    int start(Loc loc) {
        return offset(loc.line(), loc.col());
    }

    int end(Loc loc) {
        return offset(loc.endLine(), loc.endCol());
    }

    private int offset(int line, int col) {
        if (line < 1) {
            return 0;
        }
        if (line > source.getLineCount()) {
            return source.getLength();
        }
        int lineStart = source.getLineStartOffset(line);
        int length = source.getLineLength(line);
        int units = Math.max(col, 0);
        if (line != astralLine) {
            astralLine = line;
            astralText = null;
            CharSequence text = source.getCharacters(line);
            for (int i = 0; i < text.length(); i++) {
                if (Character.isSurrogate(text.charAt(i))) {
                    astralText = text.toString();
                    break;
                }
            }
        }
        if (astralText != null) {
            units = astralText.offsetByCodePoints(0, Math.min(units, astralText.codePointCount(0, astralText.length())));
        }
        return Math.min(lineStart + units, lineStart + length);
    }
}
