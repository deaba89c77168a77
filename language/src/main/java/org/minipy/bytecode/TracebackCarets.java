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
    static String markers(String text, int start, int end, boolean singleLine) {
        // CPython counts characters (code points); the section's columns count UTF-16 units
        int[] line = text.codePoints().toArray();
        start = text.codePointCount(0, Math.min(Math.max(start, 0), text.length()));
        int indent = 0;
        while (indent < line.length && isIndent(line[indent])) {
            indent++;
        }
        int shownLength = line.length - indent;
        start = Math.max(start, indent);
        int[] anchors = null;
        if (singleLine) {
            end = text.codePointCount(0, Math.min(Math.max(end, 0), text.length()));
            if (end <= start) {
                return null;
            }
            anchors = anchors(new String(line, start, end - start));
        } else {
            end = line.length;
            while (end > 0 && isIndent(line[end - 1])) {
                end--;
            }
        }
        if (end - start == shownLength && anchors == null) {
            return null; // the failing part is the whole line: CPython leaves the markers out
        }
        StringBuilder sb = new StringBuilder("    ");
        for (int i = indent; i < start; i++) {
            sb.append(" ".repeat(width(line[i])));
        }
        for (int i = start; i < end; i++) {
            boolean secondary = anchors != null && anchors[0] + start <= i && i < anchors[1] + start;
            sb.append(String.valueOf(anchors == null || secondary ? '^' : '~').repeat(width(line[i])));
        }
        return sb.toString();
    }

    /**
     * How many columns a character takes on a terminal: 2 for East Asian wide and fullwidth characters (CJK, Hangul,
     * most emoji), which CPython 3.11's markers also count twice; 1 otherwise.
     */
    static int width(int c) {
        if (c < 0x1100) {
            return 1;
        }
        return c <= 0x115F || c >= 0x231A && c <= 0x231B || c >= 0x2329 && c <= 0x232A || c >= 0x23E9 && c <= 0x23EC
                        || c == 0x23F0 || c == 0x23F3 || c >= 0x25FD && c <= 0x25FE || c >= 0x2614 && c <= 0x2615
                        || c >= 0x2648 && c <= 0x2653 || c == 0x267F || c == 0x2693 || c == 0x26A1 || c >= 0x26AA && c <= 0x26AB
                        || c >= 0x26BD && c <= 0x26BE || c >= 0x26C4 && c <= 0x26C5 || c == 0x26CE || c == 0x26D4 || c == 0x26EA
                        || c >= 0x26F2 && c <= 0x26F3 || c == 0x26F5 || c == 0x26FA || c == 0x26FD || c == 0x2705
                        || c >= 0x270A && c <= 0x270B || c == 0x2728 || c == 0x274C || c == 0x274E || c >= 0x2753 && c <= 0x2755
                        || c == 0x2757 || c >= 0x2795 && c <= 0x2797 || c == 0x27B0 || c == 0x27BF || c >= 0x2B1B && c <= 0x2B1C
                        || c == 0x2B50 || c == 0x2B55 || c >= 0x2E80 && c <= 0x303E || c >= 0x3041 && c <= 0x3247 || c >= 0x3250 && c <= 0x33FF
                        || c >= 0x3400 && c <= 0x4DBF || c >= 0x4E00 && c <= 0x9FFF || c >= 0xA000 && c <= 0xA4CF
                        || c >= 0xA960 && c <= 0xA97F || c >= 0xAC00 && c <= 0xD7A3 || c >= 0xF900 && c <= 0xFAFF
                        || c >= 0xFE10 && c <= 0xFE19 || c >= 0xFE30 && c <= 0xFE6F || c >= 0xFF00 && c <= 0xFF60
                        || c >= 0xFFE0 && c <= 0xFFE6 || c >= 0x16FE0 && c <= 0x18D08 || c >= 0x1AFF0 && c <= 0x1AFFE || c >= 0x1B000 && c <= 0x1B2FF
                        || c == 0x1F004 || c == 0x1F0CF || c == 0x1F18E || c >= 0x1F191 && c <= 0x1F19A
                        || c >= 0x1F200 && c <= 0x1F251 || c >= 0x1F260 && c <= 0x1F265 || c >= 0x1F300 && c <= 0x1F320
                        || c >= 0x1F32D && c <= 0x1F335 || c >= 0x1F337 && c <= 0x1F37C || c >= 0x1F37E && c <= 0x1F393
                        || c >= 0x1F3A0 && c <= 0x1F3CA || c >= 0x1F3CF && c <= 0x1F3D3 || c >= 0x1F3E0 && c <= 0x1F3F0
                        || c == 0x1F3F4 || c >= 0x1F3F8 && c <= 0x1F43E || c == 0x1F440 || c >= 0x1F442 && c <= 0x1F4FC
                        || c >= 0x1F4FF && c <= 0x1F53D || c >= 0x1F54B && c <= 0x1F54E || c >= 0x1F550 && c <= 0x1F567
                        || c == 0x1F57A || c >= 0x1F595 && c <= 0x1F596 || c == 0x1F5A4 || c >= 0x1F5FB && c <= 0x1F64F
                        || c >= 0x1F680 && c <= 0x1F6C5 || c == 0x1F6CC || c >= 0x1F6D0 && c <= 0x1F6D2
                        || c >= 0x1F6D5 && c <= 0x1F6D7 || c >= 0x1F6DC && c <= 0x1F6DF || c >= 0x1F6EB && c <= 0x1F6EC
                        || c >= 0x1F6F4 && c <= 0x1F6FC || c >= 0x1F7E0 && c <= 0x1F7EB || c == 0x1F7F0
                        || c >= 0x1F90C && c <= 0x1F93A || c >= 0x1F93C && c <= 0x1F945 || c >= 0x1F947 && c <= 0x1F9FF
                        || c >= 0x1FA70 && c <= 0x1FAFF || c >= 0x20000 && c <= 0x2FFFD || c >= 0x30000 && c <= 0x3FFFD ? 2 : 1;
    }

    private static boolean isIndent(int c) {
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
        int[] cps = segment.codePoints().toArray(); // the parser's columns count code points
        if (expr instanceof Expr.BinOp op) {
            return operatorAnchors(cps, op.left().loc().endCol(), op.right().loc().col());
        }
        if (expr instanceof Expr.Subscript sub) {
            int left = sub.value().loc().endCol();
            int right = sub.slice().loc().endCol() + 1;
            while (left < cps.length && cps[left] != '[') {
                left++;
            }
            while (right < cps.length && cps[right] != ']') {
                right++;
            }
            if (right < cps.length) {
                right++;
            }
            return new int[]{left, right};
        }
        return null;
    }

    /** The operator between the operands: the first non-blank character after any closing parentheses. */
    private static int[] operatorAnchors(int[] segment, int leftEnd, int rightStart) {
        int[] found = null;
        for (int i = leftEnd; i < rightStart && i < segment.length; i++) {
            int c = segment[i];
            if (isIndent(c)) {
                continue;
            }
            found = new int[]{i, i + 1};
            if (i + 1 < rightStart && !isIndent(segment[i + 1])) {
                found[1]++; // a two-character operator such as // or **
            }
            if (c != ')' || i + 1 >= rightStart) {
                break;
            }
        }
        return found;
    }
}
