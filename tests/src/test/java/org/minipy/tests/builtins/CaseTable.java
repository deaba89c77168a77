package org.minipy.tests.builtins;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.minipy.runtime.Attributes;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Calls;
import org.minipy.runtime.Descriptors;
import org.minipy.runtime.Errors;
import org.minipy.runtime.Formatter;
import org.minipy.runtime.IntOps;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PException;
import org.minipy.runtime.PList;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PSlice;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PercentFormat;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.Repr;
import org.minipy.runtime.Rounding;

/**
 * Runs a table of cases generated on CPython by {@code tests/tools/gen_formatting_cases.py} (see its docstring for the
 * line format) against MiniPy's Java entry points, and collects every mismatch. Each case's result is compared by its
 * {@code repr}, or by exception class and message.
 */
final class CaseTable {
    private CaseTable() {
    }

    private static Context context;

    /** Creates (once) an initialised MiniPy context, so the builtin classes have their methods. */
    static synchronized void ensureContext() {
        if (context == null) {
            context = Context.newBuilder("minipy").build();
            context.initialize("minipy");
            context.enter();
        }
    }

    /** Runs every case of the resource whose kind is in {@code kinds} (all when empty); returns the failures. */
    static List<String> run(String resource, String... kinds) throws IOException {
        ensureContext();
        List<String> failures = new ArrayList<>();
        int count = 0;
        try (InputStream in = CaseTable.class.getResourceAsStream(resource)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                Parser p = new Parser(line);
                String kind = p.word();
                if (kinds.length > 0 && !List.of(kinds).contains(kind)) {
                    continue;
                }
                count++;
                String actual;
                String expected;
                try {
                    List<Object> args = new ArrayList<>();
                    while (p.peek() != '=' && p.peek() != '!') {
                        args.add(p.value());
                    }
                    expected = p.outcome();
                    actual = run(kind, args);
                } catch (RuntimeException | AssertionError e) {
                    failures.add(line + "\n      crashed: " + e);
                    continue;
                }
                if (!expected.equals(actual)) {
                    failures.add(line + "\n      expected " + expected + "\n      actual   " + actual);
                }
            }
        }
        if (count == 0) {
            failures.add("no cases of kinds " + List.of(kinds) + " in " + resource);
        }
        return failures;
    }

    private static String run(String kind, List<Object> a) {
        try {
            Object result;
            switch (kind) {
                case "format":
                    result = Formatter.format(a.get(0), (String) a.get(1));
                    break;
                case "percent":
                    result = PercentFormat.format((String) a.get(0), a.get(1));
                    break;
                case "strformat":
                    result = Formatter.formatString((String) a.get(0), ((PTuple) a.get(1)).getItems(), (PDict) a.get(2));
                    break;
                case "round":
                    result = Rounding.round(a.get(0), a.get(1));
                    break;
                case "getattr":
                    result = Attributes.getAttribute(a.get(0), (String) a.get(1));
                    break;
                case "call":
                case "new": {
                    PythonClass cls = BuiltinTypes.ALL.get((String) a.get(0));
                    int next = 1;
                    Object callable = cls;
                    Object[] args;
                    if (kind.equals("call")) {
                        Object attr = cls.lookup((String) a.get(next++));
                        if (attr == null) {
                            return "!AttributeError (no method " + a.get(1) + ")";
                        }
                        callable = attr instanceof Descriptors.PStaticMethod sm ? sm.function : attr;
                        args = ((PTuple) a.get(next++)).getItems();
                        if (attr instanceof Descriptors.PClassMethod cm) {
                            callable = cm.function;
                            Object[] withCls = new Object[args.length + 1];
                            withCls[0] = cls;
                            System.arraycopy(args, 0, withCls, 1, args.length);
                            args = withCls;
                        }
                    } else {
                        args = ((PTuple) a.get(next++)).getItems();
                    }
                    PDict kw = (PDict) a.get(next);
                    String[] kwNames = null;
                    Object[] kwValues = null;
                    if (kw.size() > 0) {
                        kwNames = new String[kw.size()];
                        kwValues = new Object[kw.size()];
                        int i = 0;
                        for (PDict.Entry e : kw.entriesSnapshot()) {
                            kwNames[i] = (String) e.key;
                            kwValues[i++] = e.value;
                        }
                    }
                    result = Calls.call(callable, args, kwNames, kwValues);
                    break;
                }
                default:
                    throw new IllegalArgumentException("unknown case kind " + kind);
            }
            return "=" + Repr.repr(result);
        } catch (PException e) {
            return "!" + e.getPythonClass().getName() + " " + Errors.messageOf(e.getPythonException());
        }
    }

    /** Reads the encoded values of one line. */
    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        char peek() {
            while (s.charAt(pos) == ' ') {
                pos++;
            }
            return s.charAt(pos);
        }

        String word() {
            int start = pos;
            while (s.charAt(pos) != ' ') {
                pos++;
            }
            return s.substring(start, pos);
        }

        /** {@code =<repr>} or {@code !Type message}, in the form run() produces. */
        String outcome() {
            char c = peek();
            pos++;
            if (c == '=') {
                return "=" + value();
            }
            String type = word();
            peek();
            return "!" + type + " " + value();
        }

        Object value() {
            char c = peek();
            pos++;
            switch (c) {
                case 'N':
                    return PNone.NONE;
                case 'B':
                    return s.charAt(pos++) == '1';
                case 'I': {
                    int end = s.indexOf(';', pos);
                    BigInteger v = new BigInteger(s.substring(pos, end));
                    pos = end + 1;
                    return IntOps.normalize(v);
                }
                case 'F': {
                    int end = s.indexOf(';', pos);
                    long bits = Long.parseUnsignedLong(s.substring(pos, end), 16);
                    pos = end + 1;
                    return Double.longBitsToDouble(bits);
                }
                case 'S':
                    return string();
                case 'Y': {
                    String hex = string();
                    byte[] bytes = new byte[hex.length() / 2];
                    for (int i = 0; i < bytes.length; i++) {
                        bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
                    }
                    return new PBytes(bytes);
                }
                case 'Z': {
                    pos++; // (
                    Object start = value();
                    Object stop = value();
                    Object step = value();
                    peek();
                    pos++; // )
                    return new PSlice(start, stop, step);
                }
                case 'T':
                case 'L':
                case 'D': {
                    int open = s.indexOf('(', pos);
                    int n = Integer.parseInt(s.substring(pos, open));
                    pos = open + 1;
                    Object[] items = new Object[c == 'D' ? 2 * n : n];
                    for (int i = 0; i < items.length; i++) {
                        items[i] = value();
                    }
                    peek();
                    pos++; // )
                    if (c == 'T') {
                        return new PTuple(items);
                    } else if (c == 'L') {
                        return new PList(items);
                    }
                    PDict d = new PDict();
                    for (int i = 0; i < items.length; i += 2) {
                        d.put(items[i], items[i + 1]);
                    }
                    return d;
                }
                default:
                    throw new IllegalArgumentException("bad value at " + (pos - 1) + " in " + s);
            }
        }

        private String string() {
            pos++; // opening quote
            StringBuilder sb = new StringBuilder();
            while (true) {
                char c = s.charAt(pos++);
                if (c == '"') {
                    return sb.toString();
                } else if (c == '\\') {
                    char e = s.charAt(pos++);
                    if (e == 'u') {
                        sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                        pos += 4;
                    } else {
                        sb.append(e);
                    }
                } else {
                    sb.append(c);
                }
            }
        }
    }
}
