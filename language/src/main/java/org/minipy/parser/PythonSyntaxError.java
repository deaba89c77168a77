package org.minipy.parser;

/**
 * A syntax error in MiniPy source, raised by the lexer, the parser or the AstBuilder, and later turned into a Python
 * {@code SyntaxError} / {@code IndentationError} / {@code TabError} by the runtime. The fields mirror the attributes of
 * CPython's SyntaxError so that the launcher can print the same report (file, line, source line, caret, message).
 */
public final class PythonSyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public static final String SYNTAX_ERROR = "SyntaxError";
    public static final String INDENTATION_ERROR = "IndentationError";
    public static final String TAB_ERROR = "TabError";

    /** The Python exception class name: "SyntaxError", "IndentationError" or "TabError". */
    public final String kind;
    /** CPython's message, e.g. "invalid syntax" or "expected ':'". */
    public final String message;
    public final String filename;
    /** 1-based line of the error. */
    public final int line;
    /** 1-based column of the error, like CPython's SyntaxError.offset. */
    public final int column;
    /** 1-based column just after the offending text, or 0 when unknown (CPython's end_offset). */
    public final int endColumn;
    /** The text of the offending line, without its line break; may be empty. */
    public final String sourceLine;

    public PythonSyntaxError(String kind, String message, String filename, int line, int column, int endColumn,
                    String sourceLine) {
        super(kind + ": " + message + " (" + filename + ", line " + line + ")", null, false, false);
        this.kind = kind;
        this.message = message;
        this.filename = filename;
        this.line = line;
        this.column = column;
        this.endColumn = endColumn;
        this.sourceLine = sourceLine;
    }

    /** The line the way CPython prints the exception: {@code SyntaxError: invalid syntax}. */
    public String pythonMessage() {
        return kind + ": " + message;
    }
}
