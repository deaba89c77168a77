package org.minipy.bytecode;

import java.util.List;

import org.minipy.ast.Expr;
import org.minipy.ast.Stmt;
import org.minipy.parser.MiniPyParser;

/**
 * The position markers CPython 3.11 prints under a traceback's source line (PEP 657): {@code ^^^^} under the
 * expression that failed, or {@code ~~^^~~} for a binary operation (the operator marked) and a subscript (the
 * brackets marked). Worked out only when a traceback is printed, from the source section of the failing instruction,
 * so that recording positions costs nothing while the program runs.
 */
final class TracebackCarets {
    private TracebackCarets() {
    }

    /**
     * The marker line for {@code line} (the whole source line, indentation included), or null when CPython prints
     * none. {@code start} and {@code end} are 0-based columns in that line; {@code singleLine} is false when the
     * expression goes on past this line (then it is marked up to the line's last non-blank character).
     */
    static String markers(String line, int start, int end, boolean singleLine) {
        int indent = 0;
        while (indent < line.length() && isIndent(line.charAt(indent))) {
            indent++;
        }
        String shown = line.substring(indent);
        start = Math.max(start, indent);
        int[] anchors = null;
        if (singleLine) {
            end = Math.min(end, line.length());
            if (end <= start) {
                return null;
            }
            anchors = anchors(line.substring(start, end));
        } else {
            end = line.stripTrailing().length();
        }
        if (end - start == shown.length() && anchors == null) {
            return null; // the failing part is the whole line: CPython leaves the markers out
        }
        StringBuilder sb = new StringBuilder("    ");
        sb.append(" ".repeat(Math.max(0, start - indent)));
        for (int i = start; i < end; i++) {
            boolean secondary = anchors != null && anchors[0] + start <= i && i < anchors[1] + start;
            sb.append(anchors == null ? '^' : secondary ? '^' : '~');
        }
        return sb.toString();
    }

    private static boolean isIndent(char c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    /**
     * For a segment that is on its own a binary operation or a subscript, the columns (relative to the segment,
     * end exclusive) of the part to mark with {@code ^} while the rest gets {@code ~}: the operator, or the brackets
     * with the index. Null for anything else, or when the segment does not parse on its own.
     */
    private static int[] anchors(String segment) {
        Expr expr;
        try {
            Stmt.Module module = MiniPyParser.parse(segment, "<traceback>");
            List<Stmt> body = module.body();
            if (body.size() != 1 || !(body.get(0) instanceof Stmt.ExprStmt statement)) {
                return null;
            }
            expr = statement.value();
        } catch (RuntimeException e) {
            return null;
        }
        if (expr instanceof Expr.BinOp op) {
            return operatorAnchors(segment, op.left().loc().endCol(), op.right().loc().col());
        }
        if (expr instanceof Expr.Subscript sub) {
            int left = sub.value().loc().endCol();
            int right = sub.slice().loc().endCol() + 1;
            while (left < segment.length() && segment.charAt(left) != '[') {
                left++;
            }
            while (right < segment.length() && segment.charAt(right) != ']') {
                right++;
            }
            if (right < segment.length()) {
                right++;
            }
            return new int[]{left, right};
        }
        return null;
    }

    /** The operator between the operands: the first non-blank character after any closing parentheses. */
    private static int[] operatorAnchors(String segment, int leftEnd, int rightStart) {
        int[] found = null;
        for (int i = leftEnd; i < rightStart && i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            found = new int[]{i, i + 1};
            if (i + 1 < rightStart && !Character.isWhitespace(segment.charAt(i + 1))) {
                found[1]++; // a two-character operator such as // or **
            }
            if (c != ')' || i + 1 >= rightStart) {
                break;
            }
        }
        return found;
    }
}
