package org.minipy.ast;

/**
 * Where a syntax node stands in its source: 1-based lines, 0-based columns, as CPython's {@code ast} module counts.
 * Tracebacks print {@link #line}; syntax errors put their caret under {@link #col}.
 */
public record Loc(int line, int col, int endLine, int endCol) {
    public static final Loc NONE = new Loc(0, 0, 0, 0);
}
