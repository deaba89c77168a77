package org.minipy.tests.modules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PException;
import org.minipy.runtime.PList;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PRange;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.Repr;

/**
 * Shared helpers of the module tests: calling a module's builtin functions directly, reading the expectation files
 * that {@code tests/src/test/resources/modules/gen_module_expectations.py} produced with CPython 3.11, and parsing the
 * Python literals (reprs) those files use for arguments.
 */
final class ModuleTestSupport {
    private ModuleTestSupport() {
    }

    /** Calls {@code members[name](*args)}. */
    static Object call(Map<String, Object> members, String name, Object... args) {
        return ((PBuiltinFunction) members.get(name)).call(args, null, null);
    }

    /** Calls {@code members[name](*args, **{kwNames[i]: kwValues[i]})}. */
    static Object callKw(Map<String, Object> members, String name, Object[] args, String[] kwNames, Object[] kwValues) {
        return ((PBuiltinFunction) members.get(name)).call(args, kwNames, kwValues);
    }

    /** What the generator script writes for an outcome: the result's repr, or {@code Type: message}. */
    interface Outcome {
        Object get();
    }

    static String outcome(Outcome body) {
        try {
            return Repr.repr(body.get());
        } catch (PException e) {
            return e.getMessage();
        }
    }

    /** The tab-separated lines of an expectation file; a literal backslash-n in a line stands for a newline. */
    static List<String[]> readExpectations(String resource) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = ModuleTestSupport.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty()) {
                    rows.add(line.replace("\\n", "\n").split("\t", -1));
                }
            }
        }
        return rows;
    }

    static PList list(Object... items) {
        return new PList(items.clone());
    }

    static BigInteger pow2(int n) {
        return BigInteger.ONE.shiftLeft(n);
    }

    /**
     * Parses the Python literals used as arguments in math_expected.txt: ints of any size, floats (with inf and nan),
     * quoted strings, True/False/None, lists, tuples and {@code range(a, b)}.
     */
    static Object parseLiteral(String text) {
        Parser p = new Parser(text);
        Object value = p.value();
        if (p.pos != text.length()) {
            throw new IllegalArgumentException("trailing text in literal: " + text);
        }
        return value;
    }

    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        private void skipSpaces() {
            while (pos < s.length() && s.charAt(pos) == ' ') {
                pos++;
            }
        }

        private boolean take(String token) {
            skipSpaces();
            if (s.startsWith(token, pos)) {
                pos += token.length();
                return true;
            }
            return false;
        }

        Object value() {
            skipSpaces();
            if (take("[")) {
                return new PList(items("]"));
            }
            if (take("(")) {
                return new PTuple(items(")"));
            }
            if (take("range(")) {
                Object[] bounds = items(")");
                return new PRange((Long) bounds[0], (Long) bounds[1], bounds.length > 2 ? (Long) bounds[2] : 1L);
            }
            if (take("'")) {
                int end = s.indexOf('\'', pos);
                String str = s.substring(pos, end);
                pos = end + 1;
                return str;
            }
            for (String word : new String[]{"True", "False", "None", "inf", "-inf", "nan"}) {
                if (s.startsWith(word, pos)) {
                    pos += word.length();
                    switch (word) {
                        case "True":
                            return Boolean.TRUE;
                        case "False":
                            return Boolean.FALSE;
                        case "None":
                            return PNone.NONE;
                        case "inf":
                            return Double.POSITIVE_INFINITY;
                        case "-inf":
                            return Double.NEGATIVE_INFINITY;
                        default:
                            return Double.NaN;
                    }
                }
            }
            int start = pos;
            while (pos < s.length() && "+-0123456789.e".indexOf(s.charAt(pos)) >= 0) {
                pos++;
            }
            String number = s.substring(start, pos);
            if (number.contains(".") || number.contains("e")) {
                return Double.parseDouble(number);
            }
            BigInteger big = new BigInteger(number);
            return big.bitLength() < 64 ? (Object) big.longValue() : big;
        }

        private Object[] items(String close) {
            List<Object> out = new ArrayList<>();
            while (!take(close)) {
                out.add(value());
                take(",");
            }
            return out.toArray();
        }
    }
}
