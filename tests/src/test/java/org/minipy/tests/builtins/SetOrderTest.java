package org.minipy.tests.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.minipy.ast.Operator.Binary;
import org.minipy.builtins.Bootstrap;
import org.minipy.runtime.Arith;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Calls;
import org.minipy.runtime.Hashing;
import org.minipy.runtime.IntOps;
import org.minipy.runtime.PList;
import org.minipy.runtime.PSet;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;

/**
 * Sets must iterate in CPython's order. Runs the scripts of set_order.txt (written by
 * {@code tests/src/test/python/gen_set_order.py} under CPython 3.11, which also recorded the expected output) through
 * the set methods and operators, and compares the element order at every {@code print}.
 */
class SetOrderTest {
    @BeforeAll
    static void setUp() {
        Bootstrap.setUpClasses();
    }

    static Stream<String> cases() throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                        SetOrderTest.class.getResourceAsStream("set_order.txt"), StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.isBlank()).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void matchesCPython(String line) {
        int sep = line.indexOf(" :: ");
        String expected = line.substring(sep + 4);
        assertEquals(expected, run(line.substring(0, sep).split("; ")), line);
    }

    private static Object parse(String tok) {
        if (tok.startsWith("t")) {
            String body = tok.substring(1);
            if (body.isEmpty()) {
                return new PTuple(new Object[0]);
            }
            String[] parts = body.split(":");
            Object[] items = new Object[parts.length];
            for (int i = 0; i < parts.length; i++) {
                items[i] = Long.parseLong(parts[i]);
            }
            return new PTuple(items);
        } else if (tok.startsWith("f")) {
            return Double.parseDouble(tok.substring(1));
        }
        return IntOps.normalize(new BigInteger(tok));
    }

    private static Object[] parseList(String[] p, int index) {
        if (p.length <= index || p[index].isEmpty()) {
            return new Object[0];
        }
        String[] toks = p[index].split(",");
        Object[] out = new Object[toks.length];
        for (int i = 0; i < toks.length; i++) {
            out[i] = parse(toks[i]);
        }
        return out;
    }

    private static String fmt(Object v) {
        if (v instanceof PTuple t) {
            StringBuilder sb = new StringBuilder("t");
            for (int i = 0; i < t.size(); i++) {
                sb.append(i == 0 ? "" : ":").append(t.get(i));
            }
            return sb.toString();
        } else if (v instanceof Double d) {
            return "f" + org.minipy.runtime.Repr.repr(d);
        }
        return v.toString();
    }

    private static Object call(PythonClass cls, String name, Object... args) {
        return Calls.call(cls.lookup(name), args);
    }

    private static Binary binary(String op) {
        switch (op) {
            case "|":
                return Binary.BITOR;
            case "&":
                return Binary.BITAND;
            case "-":
                return Binary.SUB;
            default:
                return Binary.BITXOR;
        }
    }

    static String run(String[] ops) {
        Map<String, PSet> regs = new HashMap<>();
        List<String> out = new ArrayList<>();
        for (String op : ops) {
            String[] p = op.split(" ", -1);
            switch (p[0]) {
                case "new": {
                    Object[] vals = parseList(p, 3);
                    PSet s;
                    switch (p[2]) {
                        case "set":
                            s = (PSet) Calls.call(BuiltinTypes.SET, new Object[]{new PList(vals)});
                            break;
                        case "frozenset":
                            s = (PSet) Calls.call(BuiltinTypes.FROZENSET, new Object[]{new PList(vals)});
                            break;
                        case "display":
                            s = PSet.fromConstantDisplay(vals);
                            break;
                        default:
                            s = new PSet();
                            for (Object v : vals) {
                                call(BuiltinTypes.SET, "add", s, v);
                            }
                    }
                    regs.put(p[1], s);
                    break;
                }
                case "add":
                case "remove":
                case "discard":
                    call(BuiltinTypes.SET, p[0], regs.get(p[1]), parse(p[2]));
                    break;
                case "pop":
                    out.add(fmt(call(BuiltinTypes.SET, "pop", regs.get(p[1]))));
                    break;
                case "clear":
                    call(BuiltinTypes.SET, "clear", regs.get(p[1]));
                    break;
                case "print": {
                    StringBuilder sb = new StringBuilder();
                    for (Object e : regs.get(p[1]).elements()) {
                        sb.append(sb.length() == 0 ? "" : ",").append(fmt(e));
                    }
                    out.add(sb.toString());
                    break;
                }
                case "bin":
                    regs.put(p[1], (PSet) Arith.binary(binary(p[3]), regs.get(p[2]), regs.get(p[4])));
                    break;
                case "ibin":
                    regs.put(p[1], (PSet) Arith.inplace(binary(p[2]), regs.get(p[1]), regs.get(p[3])));
                    break;
                case "meth": {
                    PSet self = regs.get(p[2]);
                    Object[] args = new Object[p.length - 3];
                    args[0] = self;
                    for (int i = 4; i < p.length; i++) {
                        args[i - 3] = regs.get(p[i]);
                    }
                    regs.put(p[1], (PSet) Calls.call(self.getPythonClass().lookup(p[3]), args));
                    break;
                }
                case "umeth": {
                    Object[] args = new Object[p.length - 2];
                    args[0] = regs.get(p[1]);
                    for (int i = 3; i < p.length; i++) {
                        args[i - 2] = regs.get(p[i]);
                    }
                    call(BuiltinTypes.SET, p[2], args);
                    break;
                }
                case "lmeth": {
                    PSet self = regs.get(p[2]);
                    regs.put(p[1], (PSet) Calls.call(self.getPythonClass().lookup(p[3]), new Object[]{self, new PList(parseList(p, 4))}));
                    break;
                }
                case "lumeth":
                    call(BuiltinTypes.SET, p[2], regs.get(p[1]), new PList(parseList(p, 3)));
                    break;
                case "fhash":
                    out.add(Long.toString(Hashing.hash(PSet.create(BuiltinTypes.FROZENSET, regs.get(p[1])))));
                    break;
                default:
                    throw new IllegalArgumentException(op);
            }
        }
        return String.join(" | ", out);
    }
}
