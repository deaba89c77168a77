package org.minipy.tests.builtins;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.minipy.ast.Operator.Binary;
import org.minipy.ast.Operator.Unary;
import org.minipy.runtime.Arith;
import org.minipy.runtime.Attributes;
import org.minipy.runtime.Calls;
import org.minipy.runtime.Errors;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PList;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PSet;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.Sequences;

/**
 * Evaluates the tiny subset of Python that the builtin-call cases are written in, straight on the runtime (the MiniPy
 * compiler is not needed): int, float and string literals, None/True/False, lists, tuples, dicts and sets, names,
 * calls with keyword arguments, attribute access, subscripts, {@code is}, {@code ==}, unary minus and
 * {@code + - * // % **}, and {@code name = expr}. Names are looked up in the given variables, then in builtins.
 */
final class MiniEvaluator {
    private final Map<String, Object> variables;
    private final PModule builtins;
    private String src;
    private int pos;

    MiniEvaluator(Map<String, Object> variables, PModule builtins) {
        this.variables = variables;
        this.builtins = builtins;
    }

    /** Runs one statement; returns the value of an expression statement, None for an assignment. */
    Object statement(String text) {
        src = text;
        pos = 0;
        int save = pos;
        String name = identifier();
        skipSpaces();
        if (name != null && peek('=') && !src.startsWith("==", pos)) {
            pos++;
            Object value = expression();
            expectEnd();
            variables.put(name, value);
            return PNone.NONE;
        }
        pos = save;
        Object value = expression();
        expectEnd();
        return value;
    }

    private void expectEnd() {
        skipSpaces();
        if (pos != src.length()) {
            throw new IllegalArgumentException("unparsed: " + src.substring(pos) + " in " + src);
        }
    }

    private Object expression() {
        Object left = additive();
        skipSpaces();
        if (src.startsWith("==", pos)) {
            pos += 2;
            return org.minipy.runtime.Comparisons.eq(left, additive());
        } else if (src.startsWith("is ", pos)) {
            pos += 3;
            return left == additive();
        } else if (src.startsWith(">", pos)) {
            pos += 1;
            return org.minipy.runtime.Comparisons.richCompare(left, additive(), org.minipy.ast.Operator.Compare.GT);
        }
        return left;
    }

    private Object additive() {
        Object left = multiplicative();
        while (true) {
            skipSpaces();
            if (peek('+')) {
                pos++;
                left = Arith.binary(Binary.ADD, left, multiplicative());
            } else if (peek('-')) {
                pos++;
                left = Arith.binary(Binary.SUB, left, multiplicative());
            } else {
                return left;
            }
        }
    }

    private Object multiplicative() {
        Object left = unary();
        while (true) {
            skipSpaces();
            if (src.startsWith("//", pos)) {
                pos += 2;
                left = Arith.binary(Binary.FLOORDIV, left, unary());
            } else if (peek('*') && !src.startsWith("**", pos)) {
                pos++;
                left = Arith.binary(Binary.MUL, left, unary());
            } else if (peek('%')) {
                pos++;
                left = Arith.binary(Binary.MOD, left, unary());
            } else {
                return left;
            }
        }
    }

    private Object unary() {
        skipSpaces();
        if (peek('-')) {
            pos++;
            return Arith.unary(Unary.NEG, unary());
        }
        return power();
    }

    private Object power() {
        Object base = postfix();
        skipSpaces();
        if (src.startsWith("**", pos)) {
            pos += 2;
            return Arith.binary(Binary.POW, base, unary());
        }
        return base;
    }

    private Object postfix() {
        Object value = atom();
        while (true) {
            skipSpaces();
            if (peek('(')) {
                pos++;
                value = call(value);
            } else if (peek('.')) {
                pos++;
                value = Attributes.getAttribute(value, identifier());
            } else if (peek('[')) {
                pos++;
                Object key = expression();
                expect(']');
                value = Sequences.getItem(value, key);
            } else {
                return value;
            }
        }
    }

    private Object call(Object callable) {
        List<Object> args = new ArrayList<>();
        List<String> kwNames = new ArrayList<>();
        List<Object> kwValues = new ArrayList<>();
        skipSpaces();
        while (!peek(')')) {
            int save = pos;
            String name = identifier();
            skipSpaces();
            if (name != null && peek('=') && !src.startsWith("==", pos)) {
                pos++;
                kwNames.add(name);
                kwValues.add(expression());
            } else {
                pos = save;
                args.add(expression());
            }
            skipSpaces();
            if (peek(',')) {
                pos++;
                skipSpaces();
            }
        }
        pos++;
        if (kwNames.isEmpty()) {
            return Calls.call(callable, args.toArray(), null, null);
        }
        return Calls.call(callable, args.toArray(), kwNames.toArray(new String[0]), kwValues.toArray());
    }

    private Object atom() {
        skipSpaces();
        char c = src.charAt(pos);
        if (Character.isDigit(c) || c == '.' && Character.isDigit(src.charAt(pos + 1))) {
            return number();
        } else if (c == '\'' || c == '"') {
            return string();
        } else if (c == '(') {
            pos++;
            List<Object> items = new ArrayList<>();
            boolean comma = sequence(')', items);
            return items.size() == 1 && !comma ? items.get(0) : new PTuple(items.toArray());
        } else if (c == '[') {
            pos++;
            List<Object> items = new ArrayList<>();
            sequence(']', items);
            return new PList(items.toArray());
        } else if (c == '{') {
            pos++;
            return braces();
        }
        String name = identifier();
        if (name == null) {
            throw new IllegalArgumentException("cannot parse at " + src.substring(pos) + " in " + src);
        }
        switch (name) {
            case "None":
                return PNone.NONE;
            case "True":
                return true;
            case "False":
                return false;
            default:
                break;
        }
        if (variables.containsKey(name)) {
            return variables.get(name);
        }
        Object v = builtins.getGlobal(name);
        if (v == null) {
            throw Errors.nameError(name);
        }
        return v;
    }

    /** Items up to {@code close}; returns whether a comma was seen (so {@code (1,)} is a tuple). */
    private boolean sequence(char close, List<Object> items) {
        boolean comma = false;
        skipSpaces();
        while (!peek(close)) {
            items.add(expression());
            skipSpaces();
            if (peek(',')) {
                pos++;
                comma = true;
                skipSpaces();
            }
        }
        pos++;
        return comma;
    }

    private Object braces() {
        skipSpaces();
        if (peek('}')) {
            pos++;
            return new PDict();
        }
        Object first = expression();
        skipSpaces();
        if (peek(':')) {
            PDict d = new PDict();
            pos++;
            d.put(first, expression());
            skipSpaces();
            while (peek(',')) {
                pos++;
                skipSpaces();
                if (peek('}')) {
                    break;
                }
                Object k = expression();
                expect(':');
                d.put(k, expression());
                skipSpaces();
            }
            expect('}');
            return d;
        }
        PSet s = new PSet();
        s.add(first);
        while (peek(',')) {
            pos++;
            skipSpaces();
            if (peek('}')) {
                break;
            }
            s.add(expression());
            skipSpaces();
        }
        expect('}');
        return s;
    }

    private Object number() {
        int start = pos;
        boolean isFloat = false;
        if (src.startsWith("0x", pos)) {
            pos += 2;
            while (pos < src.length() && Character.isLetterOrDigit(src.charAt(pos))) {
                pos++;
            }
            return normalize(new BigInteger(src.substring(start + 2, pos), 16));
        }
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (Character.isDigit(c)) {
                pos++;
            } else if (c == '.' || c == 'e' || c == 'E') {
                isFloat = true;
                pos++;
                if ((c == 'e' || c == 'E') && (src.charAt(pos) == '-' || src.charAt(pos) == '+')) {
                    pos++;
                }
            } else {
                break;
            }
        }
        String text = src.substring(start, pos);
        return isFloat ? (Object) Double.parseDouble(text) : normalize(new BigInteger(text));
    }

    private static Object normalize(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    private String string() {
        char quote = src.charAt(pos++);
        StringBuilder sb = new StringBuilder();
        while (src.charAt(pos) != quote) {
            char c = src.charAt(pos++);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = src.charAt(pos++);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case '0' -> sb.append('\0');
                case 'x' -> sb.appendCodePoint(hex(2));
                case 'u' -> sb.appendCodePoint(hex(4));
                case 'U' -> sb.appendCodePoint(hex(8));
                default -> sb.append(e);
            }
        }
        pos++;
        return sb.toString();
    }

    private int hex(int digits) {
        int v = Integer.parseInt(src.substring(pos, pos + digits), 16);
        pos += digits;
        return v;
    }

    private String identifier() {
        skipSpaces();
        int start = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
            pos++;
        }
        if (pos == start || Character.isDigit(src.charAt(start))) {
            pos = start;
            return null;
        }
        return src.substring(start, pos);
    }

    private boolean peek(char c) {
        return pos < src.length() && src.charAt(pos) == c;
    }

    private void expect(char c) {
        skipSpaces();
        if (!peek(c)) {
            throw new IllegalArgumentException("expected " + c + " at " + src.substring(pos) + " in " + src);
        }
        pos++;
    }

    private void skipSpaces() {
        while (pos < src.length() && src.charAt(pos) == ' ') {
            pos++;
        }
    }
}
