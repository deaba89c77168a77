package org.minipy.parser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;

/**
 * The context-dependent half of MiniPy's lexer (the generated PythonLexer extends this class). The grammar produces
 * plain tokens; this class turns them into the token stream CPython's tokenizer would give the parser:
 * <ul>
 * <li>INDENT and DEDENT from a stack of indentation widths (tabs to the next multiple of 8, and CPython's TabError
 * check that the indentation also compares the same way with tabs counted as 1);</li>
 * <li>NEWLINE only at the end of a logical line: none inside brackets, none for blank or comment-only lines;</li>
 * <li>bracket matching, with CPython's "unmatched ')'" and "'(' was never closed" errors;</li>
 * <li>the lexical errors (unterminated strings, invalid characters, malformed numbers) as {@link PythonSyntaxError}.</li>
 * </ul>
 * At end of input it emits a final NEWLINE and the DEDENTs still pending.
 */
public abstract class PythonLexerBase extends Lexer {
    private static final int TAB_SIZE = 8;

    private SourceText source;
    private final Deque<Token> pending = new ArrayDeque<>();
    /** Indentation widths of the open blocks, tabs counted to multiples of 8; starts with 0. */
    private final List<Integer> indents = new ArrayList<>(List.of(0));
    /** The same widths with tabs counted as 1, to detect inconsistent use of tabs and spaces (TabError). */
    private final List<Integer> altIndents = new ArrayList<>(List.of(0));
    private final Deque<Token> openBrackets = new ArrayDeque<>();
    /** True until the current logical line has produced a token, so blank lines produce no NEWLINE. */
    private boolean atLineStart = true;
    private boolean started;
    /** In expression mode (eval() input, f-string fields) leading whitespace and line breaks carry no indentation. */
    private boolean expressionMode;
    private Token eofToken;

    protected PythonLexerBase(CharStream input) {
        super(input);
    }

    void setSource(SourceText source) {
        this.source = source;
    }

    void setExpressionMode(boolean expressionMode) {
        this.expressionMode = expressionMode;
    }

    /** Brackets open at this point; the error pass of MiniPyParser uses it to report unclosed brackets. */
    boolean hasOpenBrackets() {
        return !openBrackets.isEmpty();
    }

    @Override
    public Token nextToken() {
        if (!started) {
            started = true;
            if (!expressionMode) {
                indentFirstLine();
            }
        }
        while (true) {
            if (!pending.isEmpty()) {
                return pending.poll();
            }
            if (eofToken != null) {
                return eofToken;
            }
            Token token = super.nextToken();
            int type = token.getType();
            switch (type) {
                case Token.EOF -> {
                    endOfInput(token);
                    continue;
                }
                case PythonLexer.NEWLINE -> {
                    lineBreak(token);
                    continue;
                }
                case PythonLexer.LINE_CONTINUATION -> {
                    if (_input.LA(1) == CharStream.EOF) {
                        throw source.syntaxError("unexpected EOF while parsing", token.getLine(),
                                        token.getCharPositionInLine() + 2, -1);
                    }
                    continue;
                }
                case PythonLexer.LPAR, PythonLexer.LSQB, PythonLexer.LBRACE -> openBrackets.push(token);
                case PythonLexer.RPAR, PythonLexer.RSQB, PythonLexer.RBRACE -> closeBracket(token);
                case PythonLexer.INTEGER, PythonLexer.FLOAT_NUMBER, PythonLexer.IMAG_NUMBER -> checkEndOfNumber(token);
                case PythonLexer.ERROR_UNTERMINATED_STRING -> throw unterminatedString(token);
                case PythonLexer.ERROR_BACKSLASH -> throw source.syntaxError(
                                "unexpected character after line continuation character", token.getLine(),
                                token.getCharPositionInLine() + 2, 0);
                case PythonLexer.ERROR_CHAR -> invalidCharacter(token);
                case PythonLexer.NAME -> {
                    if (atLineStart && openBrackets.isEmpty() && "match".equals(token.getText())
                                    && startsMatchStatement()) {
                        ((CommonToken) token).setType(PythonLexer.MATCH);
                    }
                }
                default -> {
                }
            }
            atLineStart = false;
            return token;
        }
    }

    // ---- Indentation ----

    /** CPython refuses indentation before the first statement ("unexpected indent"); the parser reports it. */
    private void indentFirstLine() {
        int i = 0;
        while (isIndentChar(_input.LA(i + 1))) {
            i++;
        }
        if (i > 0 && !isBlankLineStart(_input.LA(i + 1))) {
            String whitespace = _input.getText(org.antlr.v4.runtime.misc.Interval.of(0, i - 1));
            indentTo(whitespace, 1, 0);
        }
    }

    private static boolean isIndentChar(int c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    private static boolean isBlankLineStart(int c) {
        return c == '\n' || c == '\r' || c == '#' || c == CharStream.EOF;
    }

    /** A NEWLINE token: a line break plus the indentation of the next line. */
    private void lineBreak(Token token) {
        if (!openBrackets.isEmpty()) {
            return; // implicit line joining inside brackets
        }
        if (!atLineStart) {
            pending.add(synthetic(PythonLexer.NEWLINE, "\n", token.getLine(), token.getCharPositionInLine(),
                            token.getStartIndex(), token.getStartIndex()));
            atLineStart = true;
        }
        if (expressionMode || isBlankLineStart(_input.LA(1))) {
            return; // blank or comment-only lines do not change the indentation
        }
        String text = token.getText();
        int breakLength = text.startsWith("\r\n") ? 2 : 1;
        indentTo(text.substring(breakLength), token.getLine() + 1, token.getStartIndex() + breakLength);
    }

    private void indentTo(String whitespace, int line, int startIndex) {
        int width = 0;
        int altWidth = 0;
        for (int i = 0; i < whitespace.length(); i++) {
            char c = whitespace.charAt(i);
            if (c == '\t') {
                width = (width / TAB_SIZE + 1) * TAB_SIZE;
                altWidth++;
            } else if (c == '\f') {
                width = 0;
                altWidth = 0;
            } else {
                width++;
                altWidth++;
            }
        }
        int column = whitespace.length();
        int stop = startIndex + whitespace.length() - 1;
        int top = indents.get(indents.size() - 1);
        int altTop = altIndents.get(altIndents.size() - 1);
        if (width == top) {
            if (altWidth != altTop) {
                throw tabError(line);
            }
        } else if (width > top) {
            if (altWidth <= altTop) {
                throw tabError(line);
            }
            indents.add(width);
            altIndents.add(altWidth);
            pending.add(synthetic(PythonLexer.INDENT, whitespace, line, 0, startIndex, stop));
        } else {
            while (indents.size() > 1 && width < indents.get(indents.size() - 1)) {
                indents.remove(indents.size() - 1);
                altIndents.remove(altIndents.size() - 1);
                pending.add(synthetic(PythonLexer.DEDENT, "", line, column, stop + 1, stop));
            }
            if (width != indents.get(indents.size() - 1)) {
                throw source.error(PythonSyntaxError.INDENTATION_ERROR,
                                "unindent does not match any outer indentation level", line,
                                source.line(line).length() + 1, -1);
            }
            if (altWidth != altIndents.get(altIndents.size() - 1)) {
                throw tabError(line);
            }
        }
    }

    private PythonSyntaxError tabError(int line) {
        return source.error(PythonSyntaxError.TAB_ERROR, "inconsistent use of tabs and spaces in indentation", line,
                        1, 0);
    }

    private void endOfInput(Token eof) {
        if (!openBrackets.isEmpty()) {
            throw neverClosed(openBrackets.peek());
        }
        if (!atLineStart) {
            pending.add(synthetic(PythonLexer.NEWLINE, "", eof.getLine(), eof.getCharPositionInLine(),
                            eof.getStartIndex(), eof.getStartIndex() - 1));
            atLineStart = true;
        }
        while (indents.size() > 1) {
            indents.remove(indents.size() - 1);
            altIndents.remove(altIndents.size() - 1);
            pending.add(synthetic(PythonLexer.DEDENT, "", eof.getLine(), eof.getCharPositionInLine(),
                            eof.getStartIndex(), eof.getStartIndex() - 1));
        }
        eofToken = eof;
    }

    private Token synthetic(int type, String text, int line, int column, int start, int stop) {
        CommonToken token = new CommonToken(_tokenFactorySourcePair, type, DEFAULT_TOKEN_CHANNEL, start, stop);
        token.setText(text);
        token.setLine(line);
        token.setCharPositionInLine(column);
        return token;
    }

    // ---- Brackets ----

    private void closeBracket(Token closing) {
        String close = closing.getText();
        if (openBrackets.isEmpty()) {
            throw source.syntaxErrorAt("unmatched '" + close + "'", closing);
        }
        Token opening = openBrackets.pop();
        String open = opening.getText();
        if (!("(".equals(open) && ")".equals(close) || "[".equals(open) && "]".equals(close)
                        || "{".equals(open) && "}".equals(close))) {
            String message = "closing parenthesis '" + close + "' does not match opening parenthesis '" + open + "'";
            if (opening.getLine() != closing.getLine()) {
                message += " on line " + opening.getLine();
            }
            int column = closing.getCharPositionInLine() + 1;
            throw source.syntaxError(message, closing.getLine(), column, column);
        }
    }

    /** The error for a bracket still open at the end of input (the innermost one, as CPython reports). */
    PythonSyntaxError neverClosed(Token opening) {
        return source.syntaxError("'" + opening.getText() + "' was never closed", opening.getLine(),
                        opening.getCharPositionInLine() + 1, 0);
    }

    /** The innermost bracket still open, or null. */
    Token innermostOpenBracket() {
        return openBrackets.peek();
    }

    // ---- The soft keyword 'match' ----

    /**
     * Whether the logical line after a leading 'match' ends with ':' outside brackets, strings and comments. No other
     * statement that starts with a name ends that way, so this tells 'match x:' from 'match = 3' or 'match(x)'.
     */
    private boolean startsMatchStatement() {
        int first = _input.LA(1);
        if (first != ' ' && first != '\t' && first != '(' && first != '[' && first != '{' && first != '-'
                        && first != '\'' && first != '"') {
            return false;
        }
        int depth = 0;
        int lastSignificant = 0;
        for (int i = 1;; i++) {
            int c = _input.LA(i);
            if (c == CharStream.EOF) {
                break;
            }
            if (c == '\\') {
                i++; // an escaped character or a line continuation
                continue;
            }
            if (c == '\'' || c == '"') {
                int close = i + 1;
                while (_input.LA(close) != c && _input.LA(close) != CharStream.EOF && _input.LA(close) != '\n') {
                    close += _input.LA(close) == '\\' ? 2 : 1;
                }
                i = close;
                lastSignificant = c;
                continue;
            }
            if (depth == 0 && (c == '\n' || c == '\r' || c == '#')) {
                break;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                lastSignificant = c;
            }
        }
        return lastSignificant == ':';
    }

    // ---- Lexical errors ----

    private PythonSyntaxError unterminatedString(Token token) {
        String text = token.getText();
        boolean triple = text.endsWith("'''") || text.endsWith("\"\"\"");
        int column = token.getCharPositionInLine() + 1;
        if (triple) {
            return source.syntaxError("unterminated triple-quoted string literal (detected at line "
                            + source.lastLine() + ")", token.getLine(), column, column);
        }
        return source.syntaxError("unterminated string literal (detected at line " + token.getLine() + ")",
                        token.getLine(), column, column);
    }

    /** ASCII characters that start no token become parser errors ("invalid syntax"), as in CPython. */
    private void invalidCharacter(Token token) {
        int c = token.getText().codePointAt(0);
        if (c < 128 && c >= 32) {
            return;
        }
        int column = token.getCharPositionInLine() + 1;
        String message = isPrintable(c)
                        ? "invalid character '" + token.getText() + "' (U+" + hex(c) + ")"
                        : "invalid non-printable character U+" + hex(c);
        throw source.syntaxError(message, token.getLine(), column, column);
    }

    private static String hex(int c) {
        String digits = Integer.toHexString(c).toUpperCase();
        return "0".repeat(Math.max(0, 4 - digits.length())) + digits;
    }

    private static boolean isPrintable(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                            Character.PARAGRAPH_SEPARATOR, Character.UNASSIGNED, Character.PRIVATE_USE,
                            Character.SURROGATE -> false;
            default -> true;
        };
    }

    /**
     * CPython refuses a number run into a name or an underscore ("1abc", "1_", "0x1g", "012"), except before the
     * keywords it still tolerates there ("1if x else 2").
     */
    private void checkEndOfNumber(Token number) {
        String text = number.getText();
        int line = number.getLine();
        int start = number.getCharPositionInLine();
        int end = start + text.length();
        int next = _input.LA(1);
        boolean zeros = text.chars().allMatch(ch -> ch == '0' || ch == '_');
        if (number.getType() == PythonLexer.INTEGER && zeros && (isDigit(next) || next == '_')) {
            int i = 1;
            boolean nonZero = false;
            while (isDigit(_input.LA(i)) || _input.LA(i) == '_') {
                nonZero |= _input.LA(i) != '0' && _input.LA(i) != '_';
                i++;
            }
            if (nonZero) {
                throw source.syntaxError("leading zeros in decimal integer literals are not permitted; use an 0o "
                                + "prefix for octal integers", line, start + 1, start + 2); // CPython marks the first digit
            }
        }
        String kind = literalKind(text);
        if ("0".equals(text) && "xXoObB".indexOf(next) >= 0 && next != CharStream.EOF) {
            String prefixKind = literalKind("0" + (char) next);
            int digit = _input.LA(2);
            if (isDigit(digit)) {
                throw source.syntaxError("invalid digit '" + (char) digit + "' in " + prefixKind + " literal", line,
                                end + 2, end + 2);
            }
            throw source.syntaxError("invalid " + prefixKind + " literal", line, end + 1, end + 1);
        }
        if (next == '_') {
            throw source.syntaxError("invalid " + kind + " literal", line, end + 1, end + 1);
        }
        if (!kind.equals("decimal") && isDigit(next)) {
            throw source.syntaxError("invalid digit '" + (char) next + "' in " + kind + " literal", line, end + 1,
                            end + 1);
        }
        if (next != CharStream.EOF && (Character.isLetterOrDigit(next) || next >= 128) && !keywordFollows()) {
            throw source.syntaxError("invalid " + kind + " literal", line, end, end);
        }
    }

    private static String literalKind(String text) {
        if (text.length() > 1 && text.charAt(0) == '0') {
            switch (Character.toLowerCase(text.charAt(1))) {
                case 'x':
                    return "hexadecimal";
                case 'o':
                    return "octal";
                case 'b':
                    return "binary";
                default:
                    break;
            }
        }
        return "decimal";
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private boolean keywordFollows() {
        for (String keyword : new String[]{"and", "else", "for", "if", "in", "is", "not", "or"}) {
            boolean matches = true;
            for (int i = 0; i < keyword.length() && matches; i++) {
                matches = _input.LA(i + 1) == keyword.charAt(i);
            }
            if (matches) {
                return true;
            }
        }
        return false;
    }
}
