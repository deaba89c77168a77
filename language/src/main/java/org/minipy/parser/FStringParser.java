package org.minipy.parser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.minipy.ast.Expr;
import org.minipy.ast.Loc;

/**
 * Splits one f-string literal into its parts for a {@link Expr.JoinedStr}: literal text (with {{ and }} for braces
 * and the usual escapes) and replacement fields {@code {expression=!conversion:format-spec}}. Format specs may
 * contain fields of their own, one level deep as in CPython.
 *
 * As in CPython 3.11, the lexer treats the whole f-string as one STRING token, so an expression cannot contain the
 * quote that delimits the f-string, a backslash, or a comment. Each expression is parsed by the real parser
 * ({@link MiniPyParser#parseFStringField}) with its true line and column, so its nodes carry correct locations.
 */
final class FStringParser {
    private static final int MAX_NESTING = 2;

    private final SourceText source;
    private final EnclosingScopes scopes;
    private final Literals.StringToken literal;
    private final Loc loc;
    private final String body;
    private int pos;

    FStringParser(SourceText source, EnclosingScopes scopes, Literals.StringToken literal, Loc loc) {
        this.source = source;
        this.scopes = scopes;
        this.literal = literal;
        this.loc = loc;
        this.body = literal.body();
    }

    /**
     * CPython parses an f-string's fields as soon as its parser has read the literal, so an error inside one is
     * reported before a syntax error at a later token (typically {@code f"{d["k"]}"}, which ends the literal early).
     * Throws that error for the first f-string token before {@code offending}, if any.
     */
    static void checkFStringsBefore(SourceText source, org.antlr.v4.runtime.CommonTokenStream tokens, org.antlr.v4.runtime.Token offending) {
        for (int i = 0; i < offending.getTokenIndex() && i < tokens.size(); i++) {
            org.antlr.v4.runtime.Token t = tokens.get(i);
            if (t.getType() == PythonLexer.STRING) {
                Literals.StringToken literal = Literals.StringToken.of(t);
                if (literal.isFormatted()) {
                    new FStringParser(source, new EnclosingScopes(EnclosingScopes.Kind.FUNCTION), literal, Loc.NONE)
                                    .parseInto(new ArrayList<>());
                }
            }
        }
    }

    void parseInto(List<Expr> values) {
        parseParts(values, 0, false);
    }

    /** Literal text and fields, up to the end of the literal or, inside a format spec, up to its closing brace. */
    private void parseParts(List<Expr> values, int nesting, boolean inFormatSpec) {
        StringBuilder text = new StringBuilder();
        while (pos < body.length()) {
            char c = body.charAt(pos);
            if (c == '{') {
                if (!inFormatSpec && peek(1) == '{') {
                    text.append('{');
                    pos += 2;
                    continue;
                }
                flush(text, values);
                pos++;
                field(values, nesting);
            } else if (c == '}') {
                if (inFormatSpec) {
                    break;
                }
                if (peek(1) != '}') {
                    throw error("f-string: single '}' is not allowed");
                }
                text.append('}');
                pos += 2;
            } else if (c == '\\' && !literal.isRaw()) {
                // Keep an escape whole so that the braces of \N{...} are not taken for a field.
                int close = body.indexOf('}', pos);
                if (peek(1) == 'N' && peek(2) == '{' && close > 0) {
                    text.append(body, pos, close + 1);
                    pos = close + 1;
                } else {
                    text.append(c);
                    pos++;
                    if (pos < body.length() && body.charAt(pos) != '{' && body.charAt(pos) != '}') {
                        text.append(body.charAt(pos++));
                    }
                }
            } else {
                text.append(c);
                pos++;
            }
        }
        flush(text, values);
    }

    private void flush(StringBuilder text, List<Expr> values) {
        if (!text.isEmpty()) {
            String decoded = Literals.decodeString(text.toString(), literal.isRaw(), source, literal.token());
            StringConcatenation.appendConstant(values, decoded, loc);
            text.setLength(0);
        }
    }

    /** One replacement field; pos is just after its '{'. */
    private void field(List<Expr> values, int nesting) {
        if (nesting >= MAX_NESTING) {
            throw error("f-string: expressions nested too deeply");
        }
        int start = pos;
        int end = scanExpression();
        String expressionText = body.substring(start, end);
        if (expressionText.isBlank()) {
            throw error("f-string: empty expression not allowed");
        }
        int[] position = sourcePosition(start);
        Expr value = MiniPyParser.parseFStringField(source, expressionText, position[0], position[1], scopes);
        String debugText = null;
        if (peek(0) == '=') {
            pos++;
            while (pos < body.length() && Character.isWhitespace(body.charAt(pos))) {
                pos++;
            }
            debugText = body.substring(start, pos);
        }
        int conversion = -1;
        if (peek(0) == '!') {
            char c = peek(1);
            if (c != 's' && c != 'r' && c != 'a') {
                throw error(pos + 1 >= body.length() ? "f-string: expecting '}'"
                                : "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
            conversion = c;
            pos += 2;
        }
        Expr formatSpec = null;
        if (peek(0) == ':') {
            pos++;
            List<Expr> specParts = new ArrayList<>();
            parseParts(specParts, nesting + 1, true);
            formatSpec = new Expr.JoinedStr(loc, specParts);
        }
        if (peek(0) != '}') {
            throw error("f-string: expecting '}'");
        }
        pos++;
        if (debugText != null) {
            StringConcatenation.appendConstant(values, debugText, loc);
            if (conversion == -1 && formatSpec == null) {
                conversion = 'r';
            }
        }
        values.add(new Expr.FormattedValue(loc, value, conversion, formatSpec));
    }

    /**
     * Finds the end of a field's expression: the first '!', ':', '=' or '}' outside brackets and strings (but not
     * the '!=' , '==', '<=', '>=' operators). Returns the index and leaves pos there.
     */
    private int scanExpression() {
        Deque<Character> brackets = new ArrayDeque<>();
        char quote = 0;
        while (pos < body.length()) {
            char c = body.charAt(pos);
            if (c == '\\') { // in 3.11 not even inside a string in the expression
                throw error("f-string expression part cannot include a backslash");
            }
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                pos++;
                continue;
            }
            if (c == '#') {
                throw error("f-string expression part cannot include '#'");
            }
            if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                brackets.push(c);
            } else if (c == ')' || c == ']' || c == '}') {
                if (brackets.isEmpty()) {
                    if (c == '}') {
                        return pos;
                    }
                    throw error("f-string: unmatched '" + c + "'");
                }
                char open = brackets.pop();
                if ("([{".indexOf(open) != ")]}".indexOf(c)) {
                    throw error("f-string: closing parenthesis '" + c + "' does not match opening parenthesis '"
                                    + open + "'");
                }
            } else if (brackets.isEmpty()) {
                boolean followedByEquals = peek(1) == '=';
                if (c == '!' && !followedByEquals || c == ':') {
                    return pos;
                }
                if (c == '=' && !followedByEquals) {
                    return pos;
                }
                if ((c == '=' || c == '!' || c == '<' || c == '>') && followedByEquals) {
                    pos++; // a two-character comparison operator
                }
            }
            pos++;
        }
        if (quote != 0) {
            throw error("f-string: unterminated string");
        }
        throw error(brackets.isEmpty() ? "f-string: expecting '}'" : "f-string: unmatched '" + brackets.peek() + "'");
    }

    private char peek(int offset) {
        int i = pos + offset;
        return i < body.length() ? body.charAt(i) : 0;
    }

    /** The line and 0-based column in the source file of a body index. */
    private int[] sourcePosition(int index) {
        int line = literal.token().getLine();
        int column = literal.token().getCharPositionInLine() + literal.bodyOffset();
        for (int i = 0; i < index; i++) {
            char c = body.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= body.length() || body.charAt(i + 1) != '\n')) {
                line++;
                column = 0;
            } else if (c != '\r') {
                column++;
            }
        }
        return new int[]{line, column};
    }

    /** CPython 3.11 reports f-string errors just after the literal. */
    private PythonSyntaxError error(String message) {
        int column = literal.token().getCharPositionInLine() + SourceText.tokenWidth(literal.token()) + 1;
        return source.syntaxError(message, literal.token().getLine(), column, column);
    }
}
